# A term without an interval is rejected.
# expect: dsh:Term-memberDuring
DELETE WHERE { term:emmanuel-macron-president-of-france-2017 org:memberDuring ?i }
