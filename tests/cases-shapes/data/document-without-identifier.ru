# A document without an identifier is rejected.
# expect: dsh:Document-identifier
DELETE WHERE { document:d1 dcterms:identifier ?id }
