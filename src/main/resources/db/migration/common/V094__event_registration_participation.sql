-- What the event page extras and the organisers' participant page keep per registration:
-- whether the participant agreed to appear in the event's participant list (off by default, so
-- nobody is listed without saying so), and when an organiser marked them as present.
alter table event_registration add column show_as_participant boolean not null default false;
alter table event_registration add column attended_at timestamp with time zone;
