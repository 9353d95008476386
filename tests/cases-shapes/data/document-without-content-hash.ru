# A document without a content hash is rejected.
# expect: dsh:Document-contentHash
DELETE WHERE { document:d1 dip:contentHash ?h }
