# A collective reference whose pronoun kind is not "personal" is rejected.
# expect: dsh:CollectiveReference-pronounKind
DELETE WHERE { lex:they dip:pronounKind ?k } ;
INSERT DATA { lex:they dip:pronounKind "latter" }
