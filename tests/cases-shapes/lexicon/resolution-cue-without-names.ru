# A resolution cue with no words to name its resolutions by is rejected.
# expect: dsh:ResolutionCue-label
DELETE WHERE { lex:resolution rdfs:label ?l }
