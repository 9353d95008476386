# A format membership whose organization is a country is rejected.
# expect: dsh:FormatMembership-organization
DELETE WHERE { membership:normandy-format-france org:organization ?f } ;
INSERT DATA { membership:normandy-format-france org:organization country:russia }
