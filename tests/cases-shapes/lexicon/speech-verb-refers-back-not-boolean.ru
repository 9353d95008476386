# A speech verb whose refers-back flag is the string "yes" is rejected.
# expect: dsh:SpeechVerb-refersBack
INSERT DATA { lex:said dip:refersBack "yes" }
