# A demonym without a language tag is rejected.
# expect: dsh:Country-demonym
INSERT DATA { country:russia dip:demonym "Russian" }
