# A person without an English preferred label is rejected.
# expect: dsh:Person-prefLabel
DELETE WHERE { person:vladimir-putin skos:prefLabel "Vladimir Putin"@en }
