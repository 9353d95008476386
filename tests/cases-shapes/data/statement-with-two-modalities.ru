# A statement both asserted and denied is rejected.
# expect: dsh:Statement-modality
INSERT DATA { statement:s1 dip:modality dip:Denied }
