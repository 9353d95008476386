# A mention without its text is rejected.
# expect: dsh:Mention-anchorOf
DELETE WHERE { mention:m1 dip:anchorOf ?a }
