# A document whose language is not a language code is rejected.
# expect: dsh:Document-language
DELETE WHERE { document:d1 dcterms:language ?l } ;
INSERT DATA { document:d1 dcterms:language "the English language" }
