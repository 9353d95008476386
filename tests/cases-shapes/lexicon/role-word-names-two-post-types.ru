# A role word that names two post types is rejected.
# expect: dsh:RoleWord-namesPostType
INSERT DATA { lex:role-president dip:namesPostType lex:foreign-minister }
