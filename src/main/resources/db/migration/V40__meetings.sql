-- Dated items of an edition's course: development days and digital meetings of a network, webinars for all.
-- Times are instants; the UID and SEQUENCE make calendar programs update an entry instead of adding one.
create table meeting (
    id bigserial primary key,
    edition_id bigint not null,
    network_id bigint,
    kind varchar(20) not null,
    title varchar(200) not null,
    theme text not null default '',
    capacity integer,
    starts_at timestamptz,
    ends_at timestamptz,
    venue varchar(200),
    address varchar(300),
    online_link varchar(500),
    status varchar(20) not null,
    uid varchar(100) not null,
    sequence integer not null default 0,
    version bigint not null default 0,
    created_at timestamptz not null default now(),
    constraint fk_meeting_edition foreign key (edition_id) references edition (id),
    constraint uk_meeting_uid unique (uid),
    constraint ck_meeting_kind check (kind in ('UDVIKLINGSDAG', 'DIGITALT_MOEDE', 'WEBINAR')),
    constraint ck_meeting_status check (status in ('DRAFT', 'PLANNED', 'CANCELLED')),
    constraint ck_meeting_times check (ends_at is null or starts_at is null or starts_at < ends_at),
    constraint ck_meeting_planned_has_times check (status = 'DRAFT' or (starts_at is not null and ends_at is not null)),
    constraint ck_meeting_capacity check (capacity is null or capacity > 0),
    constraint ck_meeting_sequence check (sequence >= 0)
);
create index ix_meeting_edition on meeting (edition_id, starts_at);
create index ix_meeting_network on meeting (network_id);
