-- Guests without an account register for public events that allow guests (EventRules): a row is
-- then a guest's instead of a member's. Guests take seats through the same SeatAllocation and so
-- count against the same capacities and waiting lists as members.
--
-- A guest's registration holds its seat (or waiting place) from the start, but only until
-- hold_expires_at unless the guest confirms the address by the mailed link (guest_confirmed_at);
-- GuestHoldExpiry then gives the seat to the next waiting. The consent to the privacy notice is
-- kept with the row, with its version and time, as JoiningService keeps it for members.
alter table event_registration alter column member_id drop not null;
alter table event_registration add column guest_name varchar(200);
alter table event_registration add column guest_email varchar(254);
alter table event_registration add column guest_organisation varchar(200);
alter table event_registration add column guest_language varchar(10);
alter table event_registration add column hold_expires_at timestamp with time zone;
alter table event_registration add column guest_confirmed_at timestamp with time zone;
alter table event_registration add column consent_version varchar(50);
alter table event_registration add column consent_given_at timestamp with time zone;

-- One registration per event and address (stored lower case), whatever its state: a second
-- submit with the same address reuses the row instead of taking a second seat.
alter table event_registration add constraint uk_event_registration_guest unique (event_id, guest_email);

-- Either a member's row (no guest details) or a guest's (name, address, language and consent).
alter table event_registration add constraint ck_event_registration_person check (
    (member_id is not null and guest_email is null and guest_name is null and guest_organisation is null
        and hold_expires_at is null and guest_confirmed_at is null and consent_version is null)
    or (member_id is null and guest_email is not null and guest_name is not null and guest_language is not null
        and consent_version is not null and consent_given_at is not null));

-- The expiry job looks for unconfirmed holds that ran out.
create index ix_event_registration_hold on event_registration (hold_expires_at);
