# A post in a city (not an actor) is rejected.
# expect: dsh:Post-postIn
DELETE WHERE { post:president-of-russia org:postIn ?c } ;
INSERT DATA { post:president-of-russia org:postIn place:moscow }
