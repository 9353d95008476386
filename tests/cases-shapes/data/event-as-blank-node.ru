# An event that is a blank node is rejected.
# expect: dsh:Event
INSERT DATA { [] a dip:PhoneCall ; dip:participant person:vladimir-putin ; prov:wasDerivedFrom document:d1 ; dip:evidence mention:m1 }
