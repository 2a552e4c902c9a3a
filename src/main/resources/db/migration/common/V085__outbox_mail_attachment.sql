-- A mail may carry one text attachment, such as the .ics of an event registration: its file name,
-- MIME type (with parameters, "text/calendar; charset=UTF-8; method=PUBLISH") and text. All three
-- are set together or not at all.
alter table outbox_mail add column attachment_name varchar(100);
alter table outbox_mail add column attachment_type varchar(100);
alter table outbox_mail add column attachment_content varchar(100000);
alter table outbox_mail add constraint ck_outbox_mail_attachment check (
    (attachment_name is null and attachment_type is null and attachment_content is null)
    or (attachment_name is not null and attachment_type is not null and attachment_content is not null));
