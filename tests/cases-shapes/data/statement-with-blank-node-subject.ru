# A statement whose subject is a blank node is rejected.
# expect: dsh:Statement-subject
DELETE WHERE { statement:s1 dip:subject ?x } ;
INSERT DATA { statement:s1 dip:subject [ a dip:Topic ] }
