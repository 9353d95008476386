# A term whose beginning gives both a day and a year is rejected.
# expect: dsh:Instant
INSERT DATA { term:emmanuel-macron-president-of-france-2017-begin time:inXSDgYear "2017"^^xsd:gYear }
