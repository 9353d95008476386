# A term whose beginning's time:inXSDgYearMonth is a date is rejected.
# expect: dsh:Instant-inXSDgYearMonth
DELETE WHERE { term:emmanuel-macron-president-of-france-2017-begin time:inXSDDate ?d } ;
INSERT DATA { term:emmanuel-macron-president-of-france-2017-begin time:inXSDgYearMonth "2017-05-14"^^xsd:date }
