-- A narrow copy of what the directory searches, filters and sorts by, one row per member who is
-- active and listed (see docs/decisions/005-directory-query.md). A text search reads every match
-- before sorting; from this table that is about a third of the pages the member table needs, and no
-- row has to be rechecked for status or listing. Columns hold a detail only when its owner opened it
-- to all members, so a condition on this table can never reveal a restricted detail.
-- Triggers keep it in step with member and member_topic, so that every writer (JPA, bulk loads,
-- tests) is covered.
create table member_search (
    member_id    bigint        primary key references member (id) on delete cascade,
    last_name    varchar(100)  not null,
    first_name   varchar(100)  not null,
    organisation varchar(200),
    district     varchar(40),
    topic_ids    bigint[]      not null,
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
-- Topic, district and text conditions each give a bitmap, which PostgreSQL intersects before it
-- reads a row.
create index ix_member_search_topics on member_search using gin (topic_ids) with (fastupdate = off);
create index ix_member_search_district on member_search (district);
-- List order, with the search text, so that a search for a common word walks the first entries in
-- order without visiting the table (an index-only scan) and stops after a page.
create index ix_member_search_name on member_search (last_name, first_name, member_id) include (search_text);

create function member_search_topics(member bigint, open boolean) returns bigint[] language sql stable as $$
    select case when open then coalesce(array_agg(topic_id order by topic_id), '{}') else '{}' end
    from member_topic where member_id = member
$$;

create function member_search_sync() returns trigger language plpgsql as $$
begin
    if new.status = 'ACTIVE' and new.listed_in_directory then
        insert into member_search (member_id, last_name, first_name, organisation, district, topic_ids, created_at,
                                   search_text)
        values (new.id, new.last_name, new.first_name,
                case when new.vis_organisation = 'MEMBERS' then new.organisation end,
                case when new.vis_district = 'MEMBERS' then new.district end,
                member_search_topics(new.id, new.vis_topics = 'MEMBERS'), new.created_at, new.search_text)
        on conflict (member_id) do update set
            last_name = excluded.last_name, first_name = excluded.first_name, organisation = excluded.organisation,
            district = excluded.district, topic_ids = excluded.topic_ids, created_at = excluded.created_at,
            search_text = excluded.search_text;
    else
        delete from member_search where member_id = new.id;
    end if;
    return null;
end
$$;

create trigger member_search_sync after insert or update on member
    for each row execute function member_search_sync();

create function member_search_sync_topics() returns trigger language plpgsql as $$
declare
    changed bigint := case when tg_op = 'DELETE' then old.member_id else new.member_id end;
begin
    update member_search s
    set topic_ids = member_search_topics(changed, m.vis_topics = 'MEMBERS')
    from member m
    where s.member_id = changed and m.id = changed;
    return null;
end
$$;

create trigger member_search_sync_topics after insert or update or delete on member_topic
    for each row execute function member_search_sync_topics();

insert into member_search (member_id, last_name, first_name, organisation, district, topic_ids, created_at, search_text)
select id, last_name, first_name,
       case when vis_organisation = 'MEMBERS' then organisation end,
       case when vis_district = 'MEMBERS' then district end,
       member_search_topics(id, vis_topics = 'MEMBERS'), created_at, search_text
from member
where status = 'ACTIVE' and listed_in_directory;
