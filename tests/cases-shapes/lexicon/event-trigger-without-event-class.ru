# An event trigger that evokes nothing is rejected.
# expect: dsh:EventTrigger-evokes
DELETE WHERE { lex:trigger-phone-call dip:evokes ?c }
