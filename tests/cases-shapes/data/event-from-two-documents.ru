# An event told by two documents conforms.
# expect: conforms
INSERT DATA { event:e1 prov:wasDerivedFrom document:d2 . document:d2 a dip:Document ; dcterms:identifier "002.txt" ; dip:contentHash "abc" }
