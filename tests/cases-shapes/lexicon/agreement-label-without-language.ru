# An agreement whose preferred label has no language tag is rejected.
# expect: dsh:NamedEntity-prefLabel
INSERT DATA { agreement:minsk-agreements skos:prefLabel "Minsk II" }
