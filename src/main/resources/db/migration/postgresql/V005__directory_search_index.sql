-- Substring search over 100,000 members needs a trigram index; plain b-tree indexes cannot serve
-- LIKE '%term%'. pg_trgm is a trusted extension (PostgreSQL 13+), so the database owner may create it.
create extension if not exists pg_trgm;
create index ix_member_search_text_trgm on member using gin (search_text gin_trgm_ops);
create index ix_member_organisation_trgm on member using gin (lower(organisation) gin_trgm_ops);
