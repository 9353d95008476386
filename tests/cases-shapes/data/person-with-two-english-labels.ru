# A person with two English preferred labels is rejected.
# expect: dsh:Person-prefLabel
INSERT DATA { person:vladimir-putin skos:prefLabel "Vladimir Vladimirovich Putin"@en }
