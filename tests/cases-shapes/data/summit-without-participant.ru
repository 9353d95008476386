# A summit (a subclass of a subclass of dip:Event) without participants is rejected.
# expect: dsh:Event-participant
DELETE WHERE { event:e1 dip:participant ?p } ;
DELETE WHERE { event:e1 a ?t } ;
INSERT DATA { event:e1 a dip:Summit }
