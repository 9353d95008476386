# An event without participants is rejected.
# expect: dsh:Event-participant
DELETE WHERE { event:e1 dip:participant ?p }
