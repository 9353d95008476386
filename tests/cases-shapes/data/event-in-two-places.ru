# An event in two places is rejected.
# expect: dsh:Event-place
INSERT DATA { event:e1 dip:place place:paris . place:paris a dip:City ; skos:prefLabel "Paris"@en }
