-- A guest's address is unique per event; members' rows leave it empty. As a plain unique key on
-- (event_id, guest_email) it was an index starting with event_id that every member's row sits in,
-- and with statistics from before an event filled (a fresh database, a registration rush faster than
-- autovacuum) PostgreSQL took it for "is this member registered?", reading all of the event's
-- registrations under the event's lock: 81 million index entries in one benchmark run. Partial,
-- it holds guests only and cannot serve a query that does not ask for a guest's address.
alter table event_registration drop constraint uk_event_registration_guest;
create unique index uk_event_registration_guest on event_registration (event_id, guest_email)
    where guest_email is not null;
