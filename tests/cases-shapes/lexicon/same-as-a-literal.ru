# An owl:sameAs whose value is a string is rejected.
# expect: dsh:SameAs-sameAs
INSERT DATA { country:russia owl:sameAs "Q159" }
