# A post whose post type is not a dip:PostType is rejected.
# expect: dsh:Post-postType
DELETE WHERE { post:president-of-russia dip:postType ?t } ;
INSERT DATA { post:president-of-russia dip:postType lex:role-president }
