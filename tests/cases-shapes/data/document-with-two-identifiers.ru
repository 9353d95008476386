# A document with two identifiers is rejected.
# expect: dsh:Document-identifier
INSERT DATA { document:d1 dcterms:identifier "another.txt" }
