# A mention that is a blank node is rejected.
# expect: dsh:Mention
INSERT DATA { [] a dip:Mention ; dip:inDocument document:d1 ; dip:beginIndex 1 ; dip:endIndex 5 ; dip:anchorOf "talk" }
