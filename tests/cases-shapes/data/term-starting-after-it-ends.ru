# A term whose start is after its end is rejected.
# expect: dsh:MembershipDates
INSERT DATA { term:emmanuel-macron-president-of-france-2017-interval time:hasEnd term:end . term:end a time:Instant ; time:inXSDDate "2017-05-13"^^xsd:date }
