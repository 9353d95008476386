# A role word of kind "title" (a title without a post, such as "ambassador") conforms.
# expect: conforms
INSERT DATA { lex:title-ambassador a dip:RoleWord ; dip:roleKind "title" ; dip:form "ambassador"@en }
