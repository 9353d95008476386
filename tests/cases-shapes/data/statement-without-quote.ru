# A statement without a quote is rejected.
# expect: dsh:Statement-quote
DELETE WHERE { statement:s1 dip:quote ?x }
