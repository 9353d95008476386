# A relative date cue whose offset is text is rejected.
# expect: dsh:RelativeDateCue-dayOffset
DELETE WHERE { lex:yesterday dip:dayOffset ?d } ;
INSERT DATA { lex:yesterday dip:dayOffset "-1" }
