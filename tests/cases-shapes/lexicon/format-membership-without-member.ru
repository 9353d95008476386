# A format membership without a member is rejected.
# expect: dsh:FormatMembership-member
DELETE WHERE { membership:normandy-format-france org:member ?m }
