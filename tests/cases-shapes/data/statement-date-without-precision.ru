# A statement with a date but no precision is rejected.
# expect: dsh:DateMatchesPrecision
DELETE WHERE { statement:s1 dip:datePrecision ?p }
