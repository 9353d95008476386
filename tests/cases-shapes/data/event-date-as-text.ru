# An event whose date is free text is rejected.
# expect: dsh:Dated-date dsh:DateMatchesPrecision
DELETE WHERE { event:e1 dip:date ?d } ;
INSERT DATA { event:e1 dip:date "7 February 2022" }
