# A leader-post flag that is the string "yes" is rejected.
# expect: dsh:Post-isLeaderPost
DELETE WHERE { post:president-of-russia dip:isLeaderPost ?f } ;
INSERT DATA { post:president-of-russia dip:isLeaderPost "yes" }
