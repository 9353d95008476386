# A collective reference that is no pronoun ("the parties") says nothing of one, and conforms.
# expect: conforms
DELETE WHERE { lex:they dip:pronounKind ?k }
