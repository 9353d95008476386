# A person with two Russian preferred labels is rejected.
# expect: dsh:Person-prefLabel
INSERT DATA { person:vladimir-putin skos:prefLabel "Путин"@ru }
