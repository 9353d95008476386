# A statement whose speaker is a country (a subclass of dip:Actor) conforms.
# expect: conforms
DELETE WHERE { statement:s1 dip:speaker ?x } ;
INSERT DATA { statement:s1 dip:speaker country:france }
