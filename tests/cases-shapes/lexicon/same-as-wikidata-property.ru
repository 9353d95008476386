# An owl:sameAs link to a Wikidata property (not an item) is rejected.
# expect: dsh:SameAs-sameAs
INSERT DATA { country:france owl:sameAs <http://www.wikidata.org/entity/P31> }
