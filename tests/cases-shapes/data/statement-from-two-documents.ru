# A statement derived from two documents is rejected.
# expect: dsh:Statement-wasDerivedFrom
INSERT DATA { statement:s1 prov:wasDerivedFrom document:d2 . document:d2 a dip:Document ; dcterms:identifier "002.txt" ; dip:contentHash "abc" }
