# A term whose beginning's time:inXSDgYear is an integer is rejected.
# expect: dsh:Instant-inXSDgYear
DELETE WHERE { term:emmanuel-macron-president-of-france-2017-begin time:inXSDDate ?d } ;
INSERT DATA { term:emmanuel-macron-president-of-france-2017-begin time:inXSDgYear 2017 }
