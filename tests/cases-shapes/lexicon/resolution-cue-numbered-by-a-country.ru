# A resolution cue numbered by a country, not an international organisation, is rejected.
# expect: dsh:ResolutionCue-numberedBy
DELETE WHERE { lex:resolution dip:numberedBy ?b } ;
INSERT DATA { lex:resolution dip:numberedBy country:france }
