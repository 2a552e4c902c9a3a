-- Issue 16, "Wen habe ich getroffen?": a contact request sent from the people one met at an event
-- names that event, so that the contact it becomes remembers where the two met ("kennengelernt
-- bei ..."). No foreign key: events are never deleted, and the contact feature reads the title
-- through the event feature, which decides whether the viewer may still see it.
alter table contact_request add column met_at_event_id bigint;

-- Members who switched off the mail the day after an event that lists whom they may want to follow
-- up with; one row per member, removed with the account (EventFollowUpPersonalData).
create table event_follow_up_opt_out (
    member_id    bigint not null primary key references member (id) on delete cascade,
    opted_out_at timestamp with time zone not null
);
