# A statement that is a blank node is rejected.
# expect: dsh:Statement
INSERT DATA { [] a dip:Statement ; dip:speaker person:vladimir-putin ; dip:subject format:normandy-format ; dip:modality dip:Asserted ; dip:quote "q" ; dip:beginIndex 1 ; dip:endIndex 2 ; prov:wasDerivedFrom document:d1 }
