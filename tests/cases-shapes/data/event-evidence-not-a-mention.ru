# An event whose evidence is a document instead of a mention is rejected.
# expect: dsh:Event-evidence
DELETE WHERE { event:e1 dip:evidence ?m } ;
INSERT DATA { event:e1 dip:evidence document:d1 }
