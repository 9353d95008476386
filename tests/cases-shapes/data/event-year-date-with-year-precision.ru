# An event dated by a year with year precision conforms.
# expect: conforms
DELETE WHERE { event:e1 dip:date ?d ;
dip:datePrecision ?p } ;
INSERT DATA { event:e1 dip:date "2022"^^xsd:gYear ;
dip:datePrecision time:unitYear }
