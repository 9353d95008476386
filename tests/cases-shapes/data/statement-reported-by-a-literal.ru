# A statement reported by a name instead of an actor is rejected.
# expect: dsh:Statement-reportedBy
DELETE WHERE { statement:s1 dip:reportedBy ?x } ;
INSERT DATA { statement:s1 dip:reportedBy "Izvestia" }
