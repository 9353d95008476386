# An alias without a language tag is rejected.
# expect: dsh:NamedEntity-altLabel
INSERT DATA { body:kremlin skos:altLabel "Kremlin press service" }
