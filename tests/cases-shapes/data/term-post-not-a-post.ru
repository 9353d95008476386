# A term whose post is a country is rejected.
# expect: dsh:Term-post
DELETE WHERE { term:emmanuel-macron-president-of-france-2017 dip:post ?p } ;
INSERT DATA { term:emmanuel-macron-president-of-france-2017 dip:post country:france }
