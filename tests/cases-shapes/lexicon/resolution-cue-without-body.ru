# A resolution cue that names no body is rejected: its resolutions would have no name.
# expect: dsh:ResolutionCue-numberedBy
DELETE WHERE { lex:resolution dip:numberedBy ?b }
