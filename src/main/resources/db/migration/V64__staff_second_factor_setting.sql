-- One row: whether every staff login needs a passkey as well as the password (set by an ADMIN).
create table staff_security_setting (
    id integer not null,
    second_factor_required boolean not null default false,
    constraint pk_staff_security_setting primary key (id),
    constraint ck_staff_security_setting_single check (id = 1)
);
insert into staff_security_setting (id, second_factor_required) values (1, false);
