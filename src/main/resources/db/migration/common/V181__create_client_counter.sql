-- The login throttle's failure counts and the anonymous forms' token buckets, shared by every node
-- (issue 12, point 9). One row per key ('login-account:<address>', 'login-client:<ip>',
-- 'form:JOIN:<ip>', ...); a row is changed only under its row lock (select ... for update).
-- Times are epoch milliseconds, so that the arithmetic is the same on H2 and PostgreSQL.
create table client_counter (
    counter_key varchar(320)     not null primary key,
    amount      double precision not null,
    touched_at  bigint           not null,
    expires_at  bigint           not null
);

create index ix_client_counter_expires on client_counter (expires_at);
