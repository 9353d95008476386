# A weekday shift cue whose shift is none of the three is rejected.
# expect: dsh:WeekdayShiftCue-weekdayShift
DELETE WHERE { lex:next dip:weekdayShift ?s } ;
INSERT DATA { lex:next dip:weekdayShift "next" }
