# A person whose only English label is tagged en-GB conforms.
# expect: conforms
DELETE WHERE { person:vladimir-putin skos:prefLabel "Vladimir Putin"@en } ;
INSERT DATA { person:vladimir-putin skos:prefLabel "Vladimir Putin"@en-GB }
