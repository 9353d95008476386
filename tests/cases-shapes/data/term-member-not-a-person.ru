# A term whose member is a country is rejected.
# expect: dsh:Term-member
DELETE WHERE { term:emmanuel-macron-president-of-france-2017 org:member ?p } ;
INSERT DATA { term:emmanuel-macron-president-of-france-2017 org:member country:france }
