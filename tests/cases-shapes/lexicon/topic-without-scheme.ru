# A topic in no scheme is rejected.
# expect: dsh:Topic-inScheme
DELETE WHERE { topic:covid-19-pandemic skos:inScheme ?s }
