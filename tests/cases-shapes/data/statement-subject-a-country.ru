# A statement whose subject is a country conforms.
# expect: conforms
DELETE WHERE { statement:s1 dip:subject ?x } ;
INSERT DATA { statement:s1 dip:subject country:france }
