# A person whose English label has no language tag is rejected.
# expect: dsh:Person-prefLabel
DELETE WHERE { person:vladimir-putin skos:prefLabel "Vladimir Putin"@en } ;
INSERT DATA { person:vladimir-putin skos:prefLabel "Vladimir Putin" }
