# A statement without a date and without a precision conforms.
# expect: conforms
DELETE WHERE { statement:s1 dip:date ?d ; dip:datePrecision ?p }
