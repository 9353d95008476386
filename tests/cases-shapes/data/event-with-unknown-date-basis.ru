# An event whose date basis is not one of the listed words is rejected.
# expect: dsh:Dated-dateBasis
DELETE WHERE { event:e1 dip:dateBasis ?b } ;
INSERT DATA { event:e1 dip:dateBasis "guess" }
