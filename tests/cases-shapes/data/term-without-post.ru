# A term without a post is rejected.
# expect: dsh:Term-post
DELETE WHERE { term:emmanuel-macron-president-of-france-2017 dip:post ?p }
