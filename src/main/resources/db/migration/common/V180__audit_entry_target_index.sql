-- The member's data export lists the security-log entries about them (target 'member:<id>'), issue 12.
create index ix_audit_entry_target on audit_entry (target);
