# A statement whose subject is a topic conforms.
# expect: conforms
DELETE WHERE { statement:s1 dip:subject ?x } ;
INSERT DATA { statement:s1 dip:subject topic:covid-19-pandemic }
