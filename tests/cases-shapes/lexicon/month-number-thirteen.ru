# A month numbered 13 is rejected.
# expect: dsh:Month-monthNumber
DELETE WHERE { greg:January dip:monthNumber ?n } ;
INSERT DATA { greg:January dip:monthNumber 13 }
