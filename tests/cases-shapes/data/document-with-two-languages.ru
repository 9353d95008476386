# A document with two languages is rejected.
# expect: dsh:Document-language
INSERT DATA { document:d1 dcterms:language "ru" }
