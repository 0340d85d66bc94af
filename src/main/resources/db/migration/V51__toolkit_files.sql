-- A toolkit's files. A file keeps every version; the newest is the public one, older ones stay for staff.
create table toolkit_file (
    id bigserial primary key,
    toolkit_id bigint not null,
    title varchar(200) not null,
    sort_order integer not null default 0,
    created_at timestamptz not null default now(),
    constraint fk_toolkit_file_toolkit foreign key (toolkit_id) references toolkit (id) on delete cascade
);
create index ix_toolkit_file_toolkit on toolkit_file (toolkit_id);

-- Metadata of one uploaded version. Anonymous downloads are only counted: no address, no time, no person.
create table toolkit_file_version (
    id bigserial primary key,
    file_id bigint not null,
    number integer not null,
    file_name varchar(255) not null,
    content_type varchar(255) not null,
    size_bytes bigint not null,
    sha256 varchar(64) not null,
    change_note varchar(500) not null,
    uploaded_at timestamptz not null,
    uploaded_by varchar(254) not null,
    download_count bigint not null default 0,
    constraint fk_toolkit_file_version_file foreign key (file_id) references toolkit_file (id) on delete cascade,
    constraint uk_toolkit_file_version_number unique (file_id, number),
    constraint ck_toolkit_file_version_number check (number >= 1),
    constraint ck_toolkit_file_version_size check (size_bytes between 1 and 26214400),
    constraint ck_toolkit_file_version_sha256 check (sha256 ~ '^[0-9a-f]{64}$'),
    constraint ck_toolkit_file_version_downloads check (download_count >= 0)
);

-- The bytes, apart from the metadata so that listing files never reads them. EXTERNAL storage (no
-- compression; the accepted formats are compressed already) lets substring() read a range without
-- reading the whole value, so downloads and range requests stream in chunks.
create table toolkit_file_content (
    version_id bigint primary key,
    content bytea not null,
    constraint fk_toolkit_file_content_version foreign key (version_id) references toolkit_file_version (id) on delete cascade
);
alter table toolkit_file_content alter column content set storage external;
