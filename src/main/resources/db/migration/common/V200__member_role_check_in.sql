-- The door team of a congress (security.Roles.CHECK_IN): a role admins give to members who check
-- participants in at the desk. It opens the check-in view only.
alter table member_role drop constraint ck_member_role;
alter table member_role add constraint ck_member_role check (role in ('MEMBER', 'ADMIN', 'CHECK_IN'));
