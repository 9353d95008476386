# A term that starts on a day and ends at an unknown day of the same year conforms.
# expect: conforms
INSERT DATA { term:emmanuel-macron-president-of-france-2017-interval time:hasEnd term:end . term:end time:inXSDgYear "2017"^^xsd:gYear }
