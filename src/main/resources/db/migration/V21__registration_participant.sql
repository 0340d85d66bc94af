-- The people a municipality sends, each representing management or employees.
create table registration_participant (
    id bigserial primary key,
    registration_id bigint not null,
    name varchar(200) not null,
    email varchar(254) not null,
    title varchar(200) not null,
    side varchar(20) not null,
    constraint fk_registration_participant_registration foreign key (registration_id) references registration (id) on delete cascade,
    constraint ck_registration_participant_side check (side in ('MANAGEMENT', 'EMPLOYEES'))
);
create index ix_registration_participant_registration on registration_participant (registration_id);
