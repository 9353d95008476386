# A speech verb without forms is rejected.
# expect: dsh:LexicalCue-form
DELETE WHERE { lex:said dip:form ?f }
