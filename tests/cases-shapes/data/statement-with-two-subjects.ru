# A statement with two subjects is rejected.
# expect: dsh:Statement-subject
INSERT DATA { statement:s1 dip:subject topic:covid-19-pandemic }
