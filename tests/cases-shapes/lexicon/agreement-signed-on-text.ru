# An agreement signed on a date written as text is rejected.
# expect: dsh:Agreement-signedOn
DELETE WHERE { agreement:minsk-agreements dip:signedOn ?d } ;
INSERT DATA { agreement:minsk-agreements dip:signedOn "12 February 2015" }
