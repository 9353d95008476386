# A post that is in no country or organisation is rejected.
# expect: dsh:Post-postIn
DELETE WHERE { post:president-of-russia org:postIn ?c }
