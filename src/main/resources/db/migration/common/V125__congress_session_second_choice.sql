-- The second choice a person names for a slot (decision 011). fallback_session_id is the seat of it
-- held while the first choice waits; second_choice_session_id is the wish itself, kept in every
-- state, so that a PENDING choice (the registration waits for its category) can use it once the
-- registration is placed, and a waiting choice knows it when it is moved.
alter table congress_session_choice add column second_choice_session_id bigint references congress_session (id);

alter table congress_session_choice add constraint ck_congress_session_choice_second
    check (second_choice_session_id is null or second_choice_session_id <> session_id);

alter table congress_session_choice add constraint ck_congress_session_choice_fallback_wish
    check (fallback_session_id is null or fallback_session_id = second_choice_session_id);

create index ix_congress_session_choice_second on congress_session_choice (second_choice_session_id);
