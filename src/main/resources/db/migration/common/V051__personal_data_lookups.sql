-- The data export looks up a member's security log entries and mails by address.
create index ix_audit_entry_actor on audit_entry (actor);
create index ix_outbox_mail_recipient on outbox_mail (recipient, created_at);
