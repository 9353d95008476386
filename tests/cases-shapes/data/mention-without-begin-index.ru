# A mention without a begin index is rejected.
# expect: dsh:Span-beginIndex
DELETE WHERE { mention:m1 dip:beginIndex ?b }
