# An owl:sameAs link to a Wikidata item conforms.
# expect: conforms
INSERT DATA { country:russia owl:sameAs <http://www.wikidata.org/entity/Q159> }
