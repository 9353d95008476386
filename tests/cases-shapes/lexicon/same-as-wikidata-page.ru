# An owl:sameAs link to a Wikidata web page instead of the entity IRI is rejected.
# expect: dsh:SameAs-sameAs
INSERT DATA { country:russia owl:sameAs <https://www.wikidata.org/wiki/Q159> }
