# A format membership without its format is rejected.
# expect: dsh:FormatMembership-organization
DELETE WHERE { membership:normandy-format-france org:organization ?f }
