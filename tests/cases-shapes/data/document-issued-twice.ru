# A document with two issued dates is rejected.
# expect: dsh:Document-issued
INSERT DATA { document:d1 dcterms:issued "2022-02-08"^^xsd:date }
