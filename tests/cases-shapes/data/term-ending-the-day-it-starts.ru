# A term that ends on the day it starts conforms.
# expect: conforms
INSERT DATA { term:emmanuel-macron-president-of-france-2017-interval time:hasEnd term:end . term:end time:inXSDDate "2017-05-14"^^xsd:date }
