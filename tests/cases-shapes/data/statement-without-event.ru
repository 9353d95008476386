# A statement made at no particular event conforms.
# expect: conforms
DELETE WHERE { statement:s1 dip:atEvent ?x }
