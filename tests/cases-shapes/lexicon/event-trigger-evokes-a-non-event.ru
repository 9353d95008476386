# An event trigger that evokes dip:Person is rejected.
# expect: dsh:EventTrigger-evokes
DELETE WHERE { lex:trigger-phone-call dip:evokes ?c } ;
INSERT DATA { lex:trigger-phone-call dip:evokes dip:Person }
