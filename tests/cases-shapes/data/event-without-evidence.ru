# An event without evidence is rejected.
# expect: dsh:Event-evidence
DELETE WHERE { event:e1 dip:evidence ?m }
