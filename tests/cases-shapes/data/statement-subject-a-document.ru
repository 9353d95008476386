# A statement whose subject is a document is rejected.
# expect: dsh:Statement-subject
DELETE WHERE { statement:s1 dip:subject ?x } ;
INSERT DATA { statement:s1 dip:subject document:d1 }
