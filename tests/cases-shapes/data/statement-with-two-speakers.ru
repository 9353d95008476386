# A statement with two speakers is rejected.
# expect: dsh:Statement-speaker
INSERT DATA { statement:s1 dip:speaker person:vladimir-putin }
