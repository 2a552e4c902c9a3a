-- A mail may carry several attachments, text or binary (a congress confirmation: the .ics of the
-- chosen sessions and the QR code as PNG). The first stays in the outbox_mail row (V085), marked
-- when its content is Base64; further ones are rows here, in order.
alter table outbox_mail add column attachment_base64 boolean default false not null;

create table outbox_mail_attachment (
    mail_id      bigint       not null references outbox_mail (id) on delete cascade,
    position     integer      not null,
    file_name    varchar(100) not null,
    content_type varchar(100) not null,
    content      varchar(100000) not null,
    base64       boolean      not null,
    primary key (mail_id, position)
);
