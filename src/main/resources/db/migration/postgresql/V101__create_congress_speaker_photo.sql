-- A speaker's photo as we re-encoded it (member.PhotoProcessor), like member_photo.
create table congress_speaker_photo (
    speaker_id bigint primary key references congress_speaker (id) on delete cascade,
    content    bytea not null,
    updated_at timestamp with time zone not null
);
