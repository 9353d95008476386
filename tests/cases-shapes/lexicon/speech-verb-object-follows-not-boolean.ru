# A speech verb whose object-follows flag is the string "yes" is rejected.
# expect: dsh:SpeechVerb-objectFollows
INSERT DATA { lex:said dip:objectFollows "yes" }
