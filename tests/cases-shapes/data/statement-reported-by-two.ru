# A statement reported by two outlets is rejected.
# expect: dsh:Statement-reportedBy
INSERT DATA { statement:s1 dip:reportedBy country:france }
