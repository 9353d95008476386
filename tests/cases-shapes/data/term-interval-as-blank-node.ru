# A term whose interval and instants are blank nodes (the lexicon style) conforms.
# expect: conforms
DELETE WHERE { term:emmanuel-macron-president-of-france-2017 org:memberDuring ?i } ;
INSERT DATA { term:emmanuel-macron-president-of-france-2017 org:memberDuring [ a time:Interval ;
time:hasBeginning [ a time:Instant ;
time:inXSDgYear "2017"^^xsd:gYear ] ;
time:hasEnd [ a time:Instant ;
time:inXSDDate "2022-05-13"^^xsd:date ] ] }
