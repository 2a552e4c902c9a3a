-- Privacy after the congress (issue 11 point 8; domain.congress.CongressDataRetention): a configurable
-- number of days after its last day, the congress's dietary and accessibility needs and its guests'
-- personal data are erased. personal_data_erased_at records when, so that the job does it once and
-- the admins' pages can say so.
alter table congress add column personal_data_erased_at timestamp with time zone;

-- The catering counts as they stood when the needs were erased, without names and without the texts
-- people typed: how many held a place, how many of them named no need, how many named none the
-- kitchen's kinds recognise, and how many named each kind (domain.congress.export.CateringTally).
create table congress_catering_tally (
    congress_id   bigint  not null primary key references congress (id) on delete cascade,
    people        integer not null,
    without_needs integer not null,
    unrecognised  integer not null,
    counted_at    timestamp with time zone not null
);

create table congress_catering_tally_kind (
    congress_id bigint      not null references congress_catering_tally (congress_id) on delete cascade,
    kind        varchar(30) not null,
    people      integer     not null,
    primary key (congress_id, kind)
);
