# A statement without a modality is rejected.
# expect: dsh:Statement-modality
DELETE WHERE { statement:s1 dip:modality ?x }
