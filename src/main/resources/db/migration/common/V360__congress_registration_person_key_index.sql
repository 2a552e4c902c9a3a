-- A guest's registrations are looked up by the key alone (CongressRegistrationRepository
-- .findGuestIdsByPersonKey): for an erasure on request, and by the retention job for each erased
-- guest's mails. The unique key (congress_id, person_key) starts with the congress, so each such
-- lookup read the whole table; for a congress of a thousand guests, a thousand times.
create index ix_congress_registration_person_key on congress_registration (person_key);
