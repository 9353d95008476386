# A mention that is in no document is rejected.
# expect: dsh:Mention-inDocument
DELETE WHERE { mention:m1 dip:inDocument ?d }
