-- PostgreSQL gets trigram indexes for substring search in this step. H2 has none; its directory
-- search scans the member table, which is fast enough for the default installation (see the
-- directory benchmark in the README). The step exists here so both databases share one history.
select 1;
