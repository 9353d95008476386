# A format membership whose member is an international organisation conforms.
# expect: conforms
INSERT DATA { <https://w3id.org/dipkg/resource/org/african-union> a dip:InternationalOrganization ; skos:prefLabel "African Union"@en .
  membership:normandy-format-au a dip:FormatMembership ; org:member <https://w3id.org/dipkg/resource/org/african-union> ; org:organization format:normandy-format }
