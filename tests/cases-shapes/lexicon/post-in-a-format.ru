# A post in an organisation (a diplomatic format) conforms.
# expect: conforms
DELETE WHERE { post:president-of-russia org:postIn ?c } ;
INSERT DATA { post:president-of-russia org:postIn format:normandy-format }
