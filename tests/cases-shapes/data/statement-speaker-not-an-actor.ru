# A statement whose speaker is a topic is rejected.
# expect: dsh:Statement-speaker
DELETE WHERE { statement:s1 dip:speaker ?x } ;
INSERT DATA { statement:s1 dip:speaker topic:covid-19-pandemic }
