# A term without a member is rejected.
# expect: dsh:Term-member
DELETE WHERE { term:emmanuel-macron-president-of-france-2017 org:member ?p }
