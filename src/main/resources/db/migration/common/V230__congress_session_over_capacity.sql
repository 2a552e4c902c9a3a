-- One seat over a workshop's capacity, given by an admin who confirmed it (decision 011, "One over
-- the capacity"). over_capacity is 1 once an admin seated someone although every seat was taken; the
-- CHECK then lets taken reach capacity + 1, never more. The placement itself never takes a seat
-- beyond the capacity (its counters use the capacity as their limit), so a seat freed while a
-- workshop is one over is not given to the next in line: the workshop simply returns to its
-- capacity.
alter table congress_session add column over_capacity integer default 0 not null;

alter table congress_session drop constraint ck_congress_session_taken;

alter table congress_session add constraint ck_congress_session_taken
    check (taken >= 0 and (capacity is null or taken <= capacity + over_capacity));

alter table congress_session add constraint ck_congress_session_over_capacity
    check (over_capacity between 0 and 1 and (capacity is not null or over_capacity = 0));

