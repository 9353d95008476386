# A speech verb whose impersonal-plural flag is the string "yes" is rejected.
# expect: dsh:SpeechVerb-impersonalPlural
INSERT DATA { lex:said dip:impersonalPlural "yes" }
