# An event whose place is a country's government (an actor) is rejected.
# expect: dsh:Event-place
DELETE WHERE { event:e1 dip:place ?p } ;
INSERT DATA { event:e1 dip:place country:france }
