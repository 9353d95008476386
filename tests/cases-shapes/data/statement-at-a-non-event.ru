# A statement whose event is not a dip:Event is rejected.
# expect: dsh:Statement-atEvent
DELETE WHERE { statement:s1 dip:atEvent ?x } ;
INSERT DATA { statement:s1 dip:atEvent place:moscow-kremlin }
