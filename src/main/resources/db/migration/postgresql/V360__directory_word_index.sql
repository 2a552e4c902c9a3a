-- H2 gets a word index for the directory search in this step (its trigram-less stand-in); PostgreSQL
-- searches member_search through its trigram indexes (V064). The step exists here so both databases
-- share one history.
select 1;
