# A term that starts the month after the day it ends is rejected.
# expect: dsh:MembershipDates
DELETE WHERE { term:emmanuel-macron-president-of-france-2017-begin time:inXSDDate ?d } ;
INSERT DATA { term:emmanuel-macron-president-of-france-2017-begin time:inXSDgYearMonth "2018-03"^^xsd:gYearMonth . term:emmanuel-macron-president-of-france-2017-interval time:hasEnd term:end . term:end time:inXSDDate "2018-02-28"^^xsd:date }
