-- The directory sorts by name, and a search for the start of a name ("schm") finds members who lie
-- next to each other in that order. Kept in that order on disk (CLUSTER), their rows share a few
-- pages instead of one page each: a third of the time for such a search at 100,000 members
-- (docs/decisions/005-directory-query.md). This names the index CLUSTER follows;
-- DirectorySearchOrder re-establishes the order every night, as new and changed rows drift from it.
alter table member_search cluster on ix_member_search_name;
