# A country whose capital is a country is rejected.
# expect: dsh:Country-capital
DELETE WHERE { country:russia dip:capital ?c } ;
INSERT DATA { country:russia dip:capital country:france }
