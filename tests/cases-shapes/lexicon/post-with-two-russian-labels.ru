# A post with two Russian preferred labels is rejected.
# expect: dsh:NamedEntity-prefLabel
INSERT DATA { post:president-of-russia skos:prefLabel "Президент России"@ru , "Президент РФ"@ru }
