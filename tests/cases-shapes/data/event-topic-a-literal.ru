# An event whose topic is a literal is rejected.
# expect: dsh:Event-subject
INSERT DATA { event:e1 dcterms:subject "the pandemic" }
