# A talk word that alone would tell a summit (not a phone call, video call or meeting) is rejected.
# expect: dsh:EventTrigger-aloneEvokes
INSERT DATA { lex:trigger-phone-call dip:aloneEvokes dip:Summit }
