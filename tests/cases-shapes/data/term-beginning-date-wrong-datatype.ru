# A term whose beginning's time:inXSDDate is a year literal is rejected.
# expect: dsh:Instant-inXSDDate
DELETE WHERE { term:emmanuel-macron-president-of-france-2017-begin time:inXSDDate ?d } ;
INSERT DATA { term:emmanuel-macron-president-of-france-2017-begin time:inXSDDate "2017"^^xsd:gYear }
