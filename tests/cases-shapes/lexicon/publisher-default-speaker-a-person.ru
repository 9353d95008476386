# A publisher whose default speaker is a person, not a post, is rejected.
# expect: dsh:Publisher-defaultSpeaker
DELETE WHERE { media:kremlin-ru dip:publisherDefaultSpeaker ?p } ;
INSERT DATA { media:kremlin-ru dip:publisherDefaultSpeaker person:sergey-lavrov }
