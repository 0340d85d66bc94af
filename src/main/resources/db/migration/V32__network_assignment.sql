-- A registration's network must exist; municipalities staff placed by hand are pinned there, so the
-- proposal leaves them where they are.
alter table registration add constraint fk_registration_network foreign key (network_id) references network (id);

create table network_pin (
    registration_id bigint primary key,
    network_id bigint not null,
    pinned_at timestamptz not null default now(),
    constraint fk_network_pin_registration foreign key (registration_id) references registration (id) on delete cascade,
    constraint fk_network_pin_network foreign key (network_id) references network (id) on delete cascade
);
create index ix_network_pin_network on network_pin (network_id);
