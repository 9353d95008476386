# A statement whose modality is not one of the five is rejected.
# expect: dsh:Statement-modality
DELETE WHERE { statement:s1 dip:modality ?x } ;
INSERT DATA { statement:s1 dip:modality dip:Modality }
