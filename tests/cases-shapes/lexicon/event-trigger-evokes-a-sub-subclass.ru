# An event trigger that evokes dip:Summit (a subclass of dip:Meeting) conforms.
# expect: conforms
DELETE WHERE { lex:trigger-phone-call dip:evokes ?c } ;
INSERT DATA { lex:trigger-phone-call dip:evokes dip:Summit }
