# A document issued at a date and time conforms.
# expect: conforms
DELETE { document:d1 dcterms:issued ?d } INSERT { document:d1 dcterms:issued "2022-02-07T10:15:00Z"^^xsd:dateTime } WHERE { document:d1 dcterms:issued ?d }
