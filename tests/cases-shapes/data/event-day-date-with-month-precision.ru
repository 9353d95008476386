# An event dated to the day but claiming month precision is rejected.
# expect: dsh:DateMatchesPrecision
DELETE WHERE { event:e1 dip:datePrecision ?p } ;
INSERT DATA { event:e1 dip:datePrecision time:unitMonth }
