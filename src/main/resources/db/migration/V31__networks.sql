-- Networks (netværk): groups of municipalities following an edition's course together.
create table network (
    id bigserial primary key,
    edition_id bigint not null,
    name varchar(120) not null,
    description text not null default '',
    capacity integer not null,
    coordinator_id bigint,
    version bigint not null default 0,
    created_at timestamptz not null default now(),
    constraint fk_network_edition foreign key (edition_id) references edition (id),
    constraint fk_network_coordinator foreign key (coordinator_id) references staff_user (id) on delete set null,
    constraint ck_network_capacity check (capacity between 1 and 98)
);
create unique index uk_network_edition_name on network (edition_id, lower(name));
