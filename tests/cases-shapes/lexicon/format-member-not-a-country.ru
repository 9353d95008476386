# A format membership whose member is a person is rejected.
# expect: dsh:FormatMembership-member
DELETE WHERE { membership:normandy-format-france org:member ?m } ;
INSERT DATA { membership:normandy-format-france org:member person:sergey-lavrov }
