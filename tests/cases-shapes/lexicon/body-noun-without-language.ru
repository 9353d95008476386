# A body noun whose form has no language tag is rejected, like every cue's.
# expect: dsh:Form-form
INSERT DATA { lex:committee dip:form "Panel" }
