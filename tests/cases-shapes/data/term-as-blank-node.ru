# A term of office that is a blank node is rejected.
# expect: dsh:Term
INSERT DATA { [] a dip:Term ; org:member person:emmanuel-macron ; dip:post post:president-of-france ; org:memberDuring term:emmanuel-macron-president-of-france-2017-interval }
