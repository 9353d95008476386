# A weekday numbered 0 is rejected.
# expect: dsh:Weekday-weekdayNumber
DELETE WHERE { time:Monday dip:weekdayNumber ?n } ;
INSERT DATA { time:Monday dip:weekdayNumber 0 }
