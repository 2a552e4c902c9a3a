-- The public seat figure leaves out the seats that guests hold without having confirmed their
-- address (PublicSeats, issue 12), so every event page and calendar page counts them. Partial, the
-- index holds only those few rows, and the count does not read every confirmed registration of
-- an event. H2 (development and tests) has no partial indexes and does without.
create index ix_event_registration_unconfirmed_guest_seats on event_registration (event_id, seat_kind)
    where member_id is null and guest_confirmed_at is null and status = 'CONFIRMED';
