# A month name without a language tag is rejected.
# expect: dsh:Form-form
INSERT DATA { greg:January dip:form "Jan" }
