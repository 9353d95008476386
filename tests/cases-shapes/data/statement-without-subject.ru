# A statement without a subject is rejected.
# expect: dsh:Statement-subject
DELETE WHERE { statement:s1 dip:subject ?x }
