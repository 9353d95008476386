# A statement derived from no document is rejected.
# expect: dsh:Statement-wasDerivedFrom
DELETE WHERE { statement:s1 prov:wasDerivedFrom ?x }
