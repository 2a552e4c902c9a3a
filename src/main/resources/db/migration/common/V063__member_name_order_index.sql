-- The directory lists members by name. An index in exactly that order lets both databases read the
-- first page without sorting; the old index led with status and listing flags, which made H2 look up
-- every row through it (see docs/decisions/005-directory-query.md).
drop index ix_member_directory_name;
create index ix_member_name_order on member (last_name, first_name, id);
