# A term whose interval has two ends is rejected.
# expect: dsh:Interval-hasEnd
INSERT DATA { term:emmanuel-macron-president-of-france-2017-interval time:hasEnd term:end1 , term:end2 . term:end1 time:inXSDgYear "2022"^^xsd:gYear . term:end2 time:inXSDgYear "2023"^^xsd:gYear }
