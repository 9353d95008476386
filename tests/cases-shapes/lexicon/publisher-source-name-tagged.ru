# A publisher source name with a language tag is rejected.
# expect: dsh:Publisher-sourceName
INSERT DATA { media:kremlin-ru dip:sourceName "kremlin.ru"@en }
