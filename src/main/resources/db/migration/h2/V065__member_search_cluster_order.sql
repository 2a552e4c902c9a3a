-- PostgreSQL keeps its search table in name order on disk in this step; H2 has no such table
-- (docs/decisions/005-directory-query.md). The step exists here so both databases share one history.
select 1;
