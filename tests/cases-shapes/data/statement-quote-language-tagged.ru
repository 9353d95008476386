# A statement whose quote is language-tagged, not an xsd:string, is rejected.
# expect: dsh:Statement-quote
DELETE WHERE { statement:s1 dip:quote ?x } ;
INSERT DATA { statement:s1 dip:quote "Macron said ..."@en }
