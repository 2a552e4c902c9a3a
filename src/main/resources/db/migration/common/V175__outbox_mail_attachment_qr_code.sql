-- An attachment may be a QR code drawn when the mail is sent: its content is then the text the code
-- encodes (a congress ticket's code), not the PNG, which a registration no longer draws while it
-- holds the congress lock. A content is either Base64 or the text of a QR code, never both.
alter table outbox_mail add column attachment_qr_code boolean default false not null;
alter table outbox_mail add constraint ck_outbox_mail_attachment_form
    check (not (attachment_base64 and attachment_qr_code));

alter table outbox_mail_attachment add column qr_code boolean default false not null;
alter table outbox_mail_attachment add constraint ck_outbox_mail_attachment_more_form
    check (not (base64 and qr_code));
