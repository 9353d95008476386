# An owl:sameAs link to DBpedia is rejected.
# expect: dsh:SameAs-sameAs
INSERT DATA { country:france owl:sameAs <http://dbpedia.org/resource/France> }
