# A document whose identifier is a number is rejected.
# expect: dsh:Document-identifier
DELETE WHERE { document:d1 dcterms:identifier ?id } ;
INSERT DATA { document:d1 dcterms:identifier 17 }
