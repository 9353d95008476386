# A document that mentions a literal instead of an entity is rejected.
# expect: dsh:Document-mentions
INSERT DATA { document:d1 dip:mentions "Vladimir Putin" }
