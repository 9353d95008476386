# A term whose interval has no beginning is rejected.
# expect: dsh:Interval-hasBeginning
DELETE WHERE { term:emmanuel-macron-president-of-france-2017-interval time:hasBeginning ?b }
