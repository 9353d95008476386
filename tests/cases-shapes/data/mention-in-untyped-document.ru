# A mention whose document is not a dip:Document is rejected.
# expect: dsh:Mention-inDocument
DELETE WHERE { mention:m1 dip:inDocument ?d } ;
INSERT DATA { mention:m1 dip:inDocument <https://w3id.org/dipkg/resource/document/unknown> }
