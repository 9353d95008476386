# An event with two dates is rejected.
# expect: dsh:Dated-date
INSERT DATA { event:e1 dip:date "2022-02-08"^^xsd:date }
