# A statement whose speaker has no type in the data (not in the lexicon) is rejected.
# expect: dsh:Statement-speaker
DELETE WHERE { statement:s1 dip:speaker ?x } ;
INSERT DATA { statement:s1 dip:speaker person:nobody-knows }
