-- The anonymous forms' token buckets (Bucket4j, issue 12 points 3 and 9), shared by every node:
-- one row per form and client address, holding Bucket4j's serialised state. A row is changed only
-- under its row lock (select ... for update, security.DatabaseBuckets); a new key is first inserted
-- with no state. expires_at (epoch milliseconds) is when the bucket is full again; the cleanup job
-- deletes rows after it. The binary type differs between H2 and PostgreSQL.
create table rate_limit_bucket (
    bucket_key varchar(200) not null primary key,
    state      varbinary(4000),
    expires_at bigint       not null
);

create index ix_rate_limit_bucket_expires on rate_limit_bucket (expires_at);

-- The buckets that V181 kept in client_counter (the login throttle stays there).
delete from client_counter where counter_key like 'form:%';
