# A role word of kind "leader" that names a post type is rejected.
# expect: dsh:RoleWord
INSERT DATA { lex:role-leader dip:namesPostType lex:head-of-state }
