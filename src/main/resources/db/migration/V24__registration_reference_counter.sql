-- The last reference number used per edition (SP27-0001, -0002, ...). Taking the next one locks the row, which
-- also serialises submissions per edition, so the waiting-list count and the duplicate check are exact.
create table registration_reference_counter (
    edition_id bigint primary key,
    last_value integer not null,
    constraint fk_registration_reference_counter_edition foreign key (edition_id) references edition (id) on delete cascade
);
