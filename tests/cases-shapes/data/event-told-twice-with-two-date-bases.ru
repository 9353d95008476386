# An event told by two documents, each with its own date basis, conforms.
# expect: conforms
INSERT DATA { event:e1 dip:dateBasis "dateline" ; prov:wasDerivedFrom document:d2 .
  document:d2 a dip:Document ; dcterms:identifier "002.txt" ; dip:contentHash "abc" }
