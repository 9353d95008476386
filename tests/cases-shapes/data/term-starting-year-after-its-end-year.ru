# A term that starts in a later year than it ends is rejected.
# expect: dsh:MembershipDates
INSERT DATA { term:emmanuel-macron-president-of-france-2017-interval time:hasEnd term:end . term:end time:inXSDgYear "2016"^^xsd:gYear }
