# A document whose issued date is only a year is rejected.
# expect: dsh:Document-issued
DELETE WHERE { document:d1 dcterms:issued ?d } ;
INSERT DATA { document:d1 dcterms:issued "2022"^^xsd:gYear }
