# A mention without an end index is rejected.
# expect: dsh:Span-endIndex
DELETE WHERE { mention:m1 dip:endIndex ?e }
