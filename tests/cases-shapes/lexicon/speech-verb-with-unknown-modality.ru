# A speech verb that signals something other than a modality is rejected.
# expect: dsh:SignalsModality-signalsModality
DELETE WHERE { lex:denied dip:signalsModality ?m } ;
INSERT DATA { lex:denied dip:signalsModality dip:Statement }
