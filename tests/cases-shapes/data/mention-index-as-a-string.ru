# A mention whose begin index is a string, not an xsd:integer, is rejected.
# expect: dsh:Span-beginIndex
DELETE WHERE { mention:m1 dip:beginIndex ?b } ;
INSERT DATA { mention:m1 dip:beginIndex "123" }
