-- Who may see an event (and register for it), which group organises it, its topics, whether guests
-- without an account may register, the street address for a map link, and a change counter that
-- calendar files carry as SEQUENCE so that calendars replace an older copy.
alter table event add column audience varchar(20) not null default 'MEMBERS';
alter table event add column group_id bigint references expert_group (id);
alter table event add column guests_allowed boolean not null default false;
alter table event add column address varchar(500);
alter table event add column sequence_number integer not null default 0;

alter table event add constraint ck_event_audience check (audience in ('PUBLIC', 'MEMBERS', 'GROUP_MEMBERS'));
-- An event for a group's members needs that group; guests only ever come to public events.
alter table event add constraint ck_event_group_audience check (audience <> 'GROUP_MEMBERS' or group_id is not null);
alter table event add constraint ck_event_guests check (guests_allowed = false or audience = 'PUBLIC');

create index ix_event_group on event (group_id, starts_at);

-- Slugs of the curated topic list, as for groups (expert_group_topic).
create table event_topic (
    event_id   bigint      not null references event (id) on delete cascade,
    topic_slug varchar(60) not null,
    constraint pk_event_topic primary key (event_id, topic_slug)
);
