# An event in two places conforms: documents telling one talk may name the building and the city.
# expect: conforms
INSERT DATA { event:e1 dip:place place:paris . place:paris a dip:City ; skos:prefLabel "Paris"@en }
