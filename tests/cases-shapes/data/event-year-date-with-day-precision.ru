# An event dated by a year only but claiming day precision is rejected.
# expect: dsh:DateMatchesPrecision
DELETE WHERE { event:e1 dip:date ?d } ;
INSERT DATA { event:e1 dip:date "2022"^^xsd:gYear }
