-- Every change to a registration, for staff: who, what, details, when.
create table registration_history (
    id bigserial primary key,
    registration_id bigint not null,
    actor varchar(254) not null,
    action varchar(40) not null,
    detail text not null default '',
    happened_at timestamptz not null,
    constraint fk_registration_history_registration foreign key (registration_id) references registration (id) on delete cascade
);
create index ix_registration_history_registration on registration_history (registration_id, happened_at);
