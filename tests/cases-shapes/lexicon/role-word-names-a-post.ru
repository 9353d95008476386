# A role word that names a post instead of a post type is rejected.
# expect: dsh:RoleWord-namesPostType
DELETE WHERE { lex:role-president dip:namesPostType ?t } ;
INSERT DATA { lex:role-president dip:namesPostType post:president-of-russia }
