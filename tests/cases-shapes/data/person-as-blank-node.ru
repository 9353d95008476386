# A person that is a blank node is rejected.
# expect: dsh:Person
INSERT DATA { [] a dip:Person ; skos:prefLabel "Jean Dupont"@en }
