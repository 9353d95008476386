# A statement whose subject is an agreement conforms.
# expect: conforms
DELETE WHERE { statement:s1 dip:subject ?x } ;
INSERT DATA { statement:s1 dip:subject agreement:minsk-agreements }
