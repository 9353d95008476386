# An event whose participant is a place is rejected.
# expect: dsh:Event-participant
INSERT DATA { event:e1 dip:participant place:moscow-kremlin }
