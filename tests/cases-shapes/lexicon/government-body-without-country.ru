# A government body that represents no country is rejected.
# expect: dsh:GovernmentBody-represents
DELETE WHERE { body:kremlin dip:represents ?c }
