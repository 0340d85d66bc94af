-- Files attached to a registration. Bytes in their own table so that listing attachments never loads them.
create table registration_attachment_content (
    id bigserial primary key,
    content bytea not null
);

create table registration_attachment (
    id bigserial primary key,
    registration_id bigint not null,
    file_name varchar(255) not null,
    content_type varchar(255) not null,
    size_bytes bigint not null,
    content_id bigint not null,
    constraint fk_registration_attachment_registration foreign key (registration_id) references registration (id) on delete cascade,
    constraint fk_registration_attachment_content foreign key (content_id) references registration_attachment_content (id),
    constraint uk_registration_attachment_content unique (content_id),
    constraint ck_registration_attachment_size check (size_bytes between 1 and 10485760)
);
create index ix_registration_attachment_registration on registration_attachment (registration_id);
