-- PostgreSQL narrows the unique key of guests' addresses to guests' rows in this step. H2 has no
-- partial indexes and plans without statistics-driven surprises; its key stays as it is. The step
-- exists here so both databases share one history.
select 1;
