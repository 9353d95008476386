# An event whose precision is not day, month or year is rejected.
# expect: dsh:Dated-datePrecision dsh:DateMatchesPrecision
DELETE WHERE { event:e1 dip:datePrecision ?p } ;
INSERT DATA { event:e1 dip:datePrecision time:unitHour }
