# A cue form without a language tag is rejected.
# expect: dsh:Form-form
INSERT DATA { lex:according-to dip:form "citing" }
