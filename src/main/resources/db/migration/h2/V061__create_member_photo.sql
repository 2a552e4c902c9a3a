-- The photo as we re-encoded it (JPEG, at most 512 px, no metadata); never the uploaded file.
create table member_photo (
    member_id  bigint primary key references member (id) on delete cascade,
    content    varbinary(2000000) not null,
    updated_at timestamp with time zone not null
);
