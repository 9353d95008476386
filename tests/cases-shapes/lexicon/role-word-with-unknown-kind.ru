# A role word whose kind is not post, leader, counterpart or title is rejected.
# expect: dsh:RoleWord-roleKind
DELETE WHERE { lex:role-leader dip:roleKind ?k } ;
INSERT DATA { lex:role-leader dip:roleKind "boss" }
