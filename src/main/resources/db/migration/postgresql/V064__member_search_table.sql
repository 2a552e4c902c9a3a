-- A narrow copy of what the directory searches, filters and sorts by, one row per member who is
-- active and listed (see docs/decisions/005-directory-query.md). A text search reads every match
-- before sorting; from this table that is about a third of the pages the member table needs, and no
-- row has to be rechecked for status or listing. Columns hold a detail only when its owner opened it
-- to all members, so a condition on this table can never reveal a restricted detail.
-- A trigger keeps it in step with member, so that every writer (JPA, bulk loads, tests) is covered.
create table member_search (
    member_id    bigint        primary key references member (id) on delete cascade,
    last_name    varchar(100)  not null,
    first_name   varchar(100)  not null,
    organisation varchar(200),
    district     varchar(40),
    topics_open  boolean       not null,
    created_at   timestamp with time zone not null,
    search_text  varchar(4000) not null
);

-- The trigram indexes move from member to this table; nothing else searches member by substring.
drop index ix_member_search_text_trgm;
drop index ix_member_organisation_trgm;

-- fastupdate off: without it, rows inserted since the last vacuum sit in a pending list that every
-- search scans in full (10 ms for "mentoring" after a bulk load of 100,000 members). Profiles change
-- rarely, so the slower insert is the better trade.
create index ix_member_search_text_trgm on member_search using gin (search_text gin_trgm_ops) with (fastupdate = off);
create index ix_member_search_organisation_trgm on member_search using gin (lower(organisation) gin_trgm_ops)
    with (fastupdate = off);
create index ix_member_search_name on member_search (last_name, first_name, member_id);
create index ix_member_search_district on member_search (district);

create function member_search_sync() returns trigger language plpgsql as $$
begin
    if new.status = 'ACTIVE' and new.listed_in_directory then
        insert into member_search (member_id, last_name, first_name, organisation, district, topics_open, created_at,
                                   search_text)
        values (new.id, new.last_name, new.first_name,
                case when new.vis_organisation = 'MEMBERS' then new.organisation end,
                case when new.vis_district = 'MEMBERS' then new.district end,
                new.vis_topics = 'MEMBERS', new.created_at, new.search_text)
        on conflict (member_id) do update set
            last_name = excluded.last_name, first_name = excluded.first_name, organisation = excluded.organisation,
            district = excluded.district, topics_open = excluded.topics_open, created_at = excluded.created_at,
            search_text = excluded.search_text;
    else
        delete from member_search where member_id = new.id;
    end if;
    return null;
end
$$;

create trigger member_search_sync after insert or update on member
    for each row execute function member_search_sync();

insert into member_search (member_id, last_name, first_name, organisation, district, topics_open, created_at, search_text)
select id, last_name, first_name,
       case when vis_organisation = 'MEMBERS' then organisation end,
       case when vis_district = 'MEMBERS' then district end,
       vis_topics = 'MEMBERS', created_at, search_text
from member
where status = 'ACTIVE' and listed_in_directory;
