-- A member who took note of a new version of the privacy notice (asked at a login after the version
-- was raised): kept like a consent, as proof of when they were told.
alter table member_consent drop constraint ck_member_consent_kind;
alter table member_consent add constraint ck_member_consent_kind check (kind in ('PRIVACY_NOTICE', 'PRIVACY_NOTICE_NOTED'));
