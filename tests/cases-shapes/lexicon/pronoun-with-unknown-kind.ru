# A pronoun cue whose kind is not personal, latter or former is rejected.
# expect: dsh:PronounCue-pronounKind
DELETE WHERE { lex:he dip:pronounKind ?k } ;
INSERT DATA { lex:he dip:pronounKind "reflexive" }
