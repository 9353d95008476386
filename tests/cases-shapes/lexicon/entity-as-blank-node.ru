# A lexicon entity that is a blank node is rejected.
# expect: dsh:NamedEntity
INSERT DATA { [] a dip:Country ; skos:prefLabel "Atlantis"@en }
