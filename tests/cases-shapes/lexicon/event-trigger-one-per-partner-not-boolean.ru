# An event trigger whose one-per-partner flag is the string "yes" is rejected.
# expect: dsh:EventTrigger-onePerPartner
INSERT DATA { lex:trigger-phone-call dip:onePerPartner "yes" }
