# An event whose place is unknown conforms.
# expect: conforms
DELETE WHERE { event:e1 dip:place ?p }
