# A statement without a speaker is rejected.
# expect: dsh:Statement-speaker
DELETE WHERE { statement:s1 dip:speaker ?x }
