# A statement with two end indices is rejected.
# expect: dsh:Span-endIndex
INSERT DATA { statement:s1 dip:endIndex 1490 }
