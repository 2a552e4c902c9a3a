-- Profile details and who may see them. Visibility is one column per field so that directory
-- queries can filter on it directly.
alter table member add column title varchar(50);
alter table member add column position varchar(150);
alter table member add column district varchar(40);
alter table member add column bio varchar(2000);
alter table member add column website varchar(300);
alter table member add column linkedin varchar(300);
alter table member add column xing varchar(300);
alter table member add column phone varchar(40);
alter table member add column listed_in_directory boolean default true not null;
-- Lower-case text of everything about the member that every member may see; the directory searches it.
alter table member add column search_text varchar(4000) default '' not null;
alter table member add column vis_organisation varchar(10) default 'MEMBERS' not null;
alter table member add column vis_position varchar(10) default 'MEMBERS' not null;
alter table member add column vis_district varchar(10) default 'MEMBERS' not null;
alter table member add column vis_bio varchar(10) default 'MEMBERS' not null;
alter table member add column vis_topics varchar(10) default 'MEMBERS' not null;
alter table member add column vis_expertise varchar(10) default 'MEMBERS' not null;
alter table member add column vis_links varchar(10) default 'MEMBERS' not null;
alter table member add column vis_phone varchar(10) default 'CONTACTS' not null;
alter table member add column vis_email varchar(10) default 'CONTACTS' not null;

-- Kept in the member's order; the service removes repeats (ignoring case).
create table member_expertise (
    member_id  bigint      not null references member (id) on delete cascade,
    sort_order int         not null,
    tag        varchar(60) not null,
    primary key (member_id, sort_order)
);

create index ix_member_directory_name on member (listed_in_directory, status, last_name, first_name);
create index ix_member_organisation on member (organisation);
create index ix_member_district on member (district);
create index ix_member_topic_topic on member_topic (topic_id, member_id);
