# A role word of kind "post" that names no post type is rejected.
# expect: dsh:RoleWord
DELETE WHERE { lex:role-president dip:namesPostType ?t }
