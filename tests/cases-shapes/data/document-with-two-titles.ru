# A document with two titles is rejected.
# expect: dsh:Document-title
INSERT DATA { document:d1 dcterms:title "Another title" }
