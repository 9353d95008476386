# A format membership whose interval is not a time:Interval is rejected.
# expect: dsh:FormatMembership-memberDuring
DELETE WHERE { membership:normandy-format-france org:memberDuring ?i } ;
INSERT DATA { membership:normandy-format-france org:memberDuring [ time:hasBeginning [ time:inXSDgYear "2014"^^xsd:gYear ] ] }
