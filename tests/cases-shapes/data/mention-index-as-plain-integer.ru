# A mention whose begin index is an xsd:integer, not an xsd:nonNegativeInteger, is rejected.
# expect: dsh:Span-beginIndex
DELETE WHERE { mention:m1 dip:beginIndex ?b } ;
INSERT DATA { mention:m1 dip:beginIndex 123 }
