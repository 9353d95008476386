# A mention whose begin index equals its end index is rejected.
# expect: dsh:Span-beginIndex
DELETE WHERE { mention:m1 dip:beginIndex ?b } ;
INSERT DATA { mention:m1 dip:beginIndex 180 }
