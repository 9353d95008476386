# A statement whose evidence begins after it ends is rejected.
# expect: dsh:Span-beginIndex
DELETE WHERE { statement:s1 dip:beginIndex ?b } ;
INSERT DATA { statement:s1 dip:beginIndex 1500 }
