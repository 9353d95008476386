# A country without an English preferred label is rejected.
# expect: dsh:NamedEntity-prefLabel
DELETE WHERE { country:russia skos:prefLabel "Russia"@en }
