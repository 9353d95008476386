# A mention whose begin index is below zero is rejected (offsets count characters from 0).
# expect: dsh:Span-beginIndex
DELETE WHERE { mention:m1 dip:beginIndex ?b } ;
INSERT DATA { mention:m1 dip:beginIndex -1 }
