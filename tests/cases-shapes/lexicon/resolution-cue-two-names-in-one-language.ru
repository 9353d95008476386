# A resolution cue with two names in one language is rejected: which one names the resolution?
# expect: dsh:ResolutionCue-label
INSERT DATA { lex:resolution rdfs:label "UNSCR"@en }
