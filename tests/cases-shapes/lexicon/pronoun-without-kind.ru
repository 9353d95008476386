# A pronoun cue without a kind is rejected.
# expect: dsh:PronounCue-pronounKind
DELETE WHERE { lex:he dip:pronounKind ?k }
