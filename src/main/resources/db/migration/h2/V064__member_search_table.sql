-- PostgreSQL gets a narrow search table (member_search) kept in step by a trigger in this step. H2
-- scans the member table in list order and stops after a page (docs/decisions/005-directory-query.md);
-- the step exists here so both databases share one history.
select 1;
