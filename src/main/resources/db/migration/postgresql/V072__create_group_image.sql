-- A group's image as we re-encoded it (JPEG, at most 512 px, no metadata, like member photos);
-- never the uploaded file. The binary type differs between H2 and PostgreSQL.
create table group_image (
    group_id   bigint primary key references expert_group (id) on delete cascade,
    content    bytea not null,
    updated_at timestamp with time zone not null
);
