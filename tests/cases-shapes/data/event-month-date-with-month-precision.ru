# An event dated by a month with month precision conforms.
# expect: conforms
DELETE WHERE { event:e1 dip:date ?d ;
dip:datePrecision ?p } ;
INSERT DATA { event:e1 dip:date "2022-02"^^xsd:gYearMonth ;
dip:datePrecision time:unitMonth }
