# A weekday shift cue without a shift is rejected.
# expect: dsh:WeekdayShiftCue-weekdayShift
DELETE WHERE { lex:next dip:weekdayShift ?s }
