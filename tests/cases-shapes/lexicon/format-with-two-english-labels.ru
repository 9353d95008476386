# A format with two English preferred labels is rejected.
# expect: dsh:NamedEntity-prefLabel
INSERT DATA { format:normandy-format skos:prefLabel "Normandy Four"@en }
