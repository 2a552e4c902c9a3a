-- An admin can reject an application for membership (member administration). Keeps DELETED from V050.
alter table member drop constraint ck_member_status;
alter table member add constraint ck_member_status
    check (status in ('PENDING_EMAIL', 'PENDING_APPROVAL', 'ACTIVE', 'SUSPENDED', 'REJECTED', 'DELETED'));
