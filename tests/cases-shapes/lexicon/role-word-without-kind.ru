# A role word without a role kind is rejected.
# expect: dsh:RoleWord-roleKind
DELETE WHERE { lex:role-leader dip:roleKind ?k }
