-- Counts the changes that end a member's sessions (password, roles, suspension, deletion). A
-- session remembers the count it was signed in with; a request whose count is no longer the
-- member's, or whose member is no longer ACTIVE, is signed out (security.SessionValidityFilter).
-- Kept in the database, so the check holds on every node.
alter table member add column session_epoch integer default 0 not null;
