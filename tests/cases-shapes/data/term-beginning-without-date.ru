# A term whose beginning has no date is rejected.
# expect: dsh:Instant
DELETE WHERE { term:emmanuel-macron-president-of-france-2017-begin time:inXSDDate ?d }
