# A country with two capitals is rejected.
# expect: dsh:Country-capital
INSERT DATA { country:russia dip:capital place:paris }
