# A format membership that is a blank node is rejected.
# expect: dsh:FormatMembership
INSERT DATA { [] a dip:FormatMembership ; org:member country:russia ; org:organization format:normandy-format }
