-- A member who deleted their account keeps an anonymised row (docs/decisions/008-personal-data.md),
-- marked DELETED so that it can never log in or be listed again.
alter table member drop constraint ck_member_status;
alter table member add constraint ck_member_status
    check (status in ('PENDING_EMAIL', 'PENDING_APPROVAL', 'ACTIVE', 'SUSPENDED', 'DELETED'));
