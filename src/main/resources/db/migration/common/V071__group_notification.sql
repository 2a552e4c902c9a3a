-- How a member hears of new posts in a group: each post by mail, a weekly digest (the default),
-- or not at all. Part of the membership, since it exists exactly as long as the membership does.
alter table group_membership add column notification varchar(20) default 'DIGEST' not null;
alter table group_membership add constraint ck_group_membership_notification
    check (notification in ('EACH_POST', 'DIGEST', 'NONE'));

-- The digest asks for the top-level posts of the past week in all groups.
create index ix_group_post_created on group_post (created_at, group_id);
