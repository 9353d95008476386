# A post without a post type is rejected.
# expect: dsh:Post-postType
DELETE WHERE { post:president-of-russia dip:postType ?t }
