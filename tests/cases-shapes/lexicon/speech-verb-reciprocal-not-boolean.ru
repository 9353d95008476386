# A speech verb whose reciprocal flag is the string "yes" is rejected.
# expect: dsh:SpeechVerb-reciprocal
INSERT DATA { lex:said dip:reciprocal "yes" }
