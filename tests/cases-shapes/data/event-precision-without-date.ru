# An event with a precision but no date is rejected.
# expect: dsh:DateMatchesPrecision
DELETE WHERE { event:e1 dip:date ?d }
