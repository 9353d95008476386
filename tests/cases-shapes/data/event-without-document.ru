# An event derived from no document is rejected.
# expect: dsh:Event-wasDerivedFrom
DELETE WHERE { event:e1 prov:wasDerivedFrom ?d }
