# A term whose interval is not typed time:Interval is rejected.
# expect: dsh:Term-memberDuring
DELETE WHERE { term:emmanuel-macron-president-of-france-2017-interval a time:Interval }
