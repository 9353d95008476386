# A statement made at two events is rejected.
# expect: dsh:Statement-atEvent
INSERT DATA { statement:s1 dip:atEvent event:e2 . event:e2 a dip:PhoneCall ; dip:participant person:vladimir-putin ; prov:wasDerivedFrom document:d1 ; dip:evidence mention:m1 }
