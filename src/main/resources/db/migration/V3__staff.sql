-- Staff users (KL and Forhandlingsfællesskabet) with roles and login lockout state.
create table staff_user (
    id bigserial primary key,
    email varchar(254) not null,
    name varchar(200) not null,
    password_hash varchar(500) not null,
    role varchar(20) not null,
    active boolean not null default true,
    failed_logins integer not null default 0,
    first_failed_login_at timestamptz,
    locked_until timestamptz,
    version bigint not null default 0,
    created_at timestamptz not null default now(),
    constraint ck_staff_user_role check (role in ('ADMIN', 'STAFF', 'VIEWER'))
);
create unique index uk_staff_user_email on staff_user (lower(email));
