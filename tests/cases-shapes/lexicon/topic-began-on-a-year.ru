# A topic whose first day is a bare year is rejected: dip:beganOn is a day.
# expect: dsh:Topic-beganOn
DELETE WHERE { topic:covid-19-pandemic dip:beganOn ?d } ;
INSERT DATA { topic:covid-19-pandemic dip:beganOn "2019"^^xsd:gYear }
