# A document that is a blank node is rejected.
# expect: dsh:Document
INSERT DATA { [] a dip:Document ; dcterms:identifier "002.txt" ; dip:contentHash "abc" }
