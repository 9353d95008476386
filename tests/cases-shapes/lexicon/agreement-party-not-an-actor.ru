# An agreement whose party is a topic is rejected.
# expect: dsh:Agreement-party
INSERT DATA { agreement:minsk-agreements dip:party topic:covid-19-pandemic }
