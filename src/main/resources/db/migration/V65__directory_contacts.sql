-- The contacts directory: people at each of the 98 municipalities whom staff write to (outreach).
-- Personal data: name, title, e-mail, phone and note of a contact; registration_id marks contacts that joined
-- from a registration form. One row per municipality and address (case-insensitive), which is also the key
-- an import matches on, so importing the same file twice changes nothing.
create table directory_contact (
    id bigserial primary key,
    municipality_code integer not null,
    role varchar(30) not null,
    name varchar(200) not null,
    title varchar(200) not null default '',
    email varchar(254) not null,
    phone varchar(30) not null default '',
    note varchar(1000) not null default '',
    registration_id bigint,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    version bigint not null default 0,
    constraint fk_directory_contact_municipality foreign key (municipality_code) references municipality (code),
    constraint ck_directory_contact_role check (role in ('HR_CONTACT', 'HR_CHIEF', 'MUNICIPAL_DIRECTOR', 'EMPLOYEE_CHAIR', 'OTHER')),
    constraint ck_directory_contact_name check (char_length(trim(name)) between 1 and 200),
    constraint ck_directory_contact_email check (email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$')
);
create unique index uk_directory_contact_municipality_email on directory_contact (municipality_code, lower(email));
create index ix_directory_contact_email on directory_contact (lower(email));

-- Addresses that asked to receive no more outreach (transactional mail still reaches them). Personal data.
create table directory_opt_out (
    email varchar(254) primary key,
    opted_out_at timestamptz not null,
    constraint ck_directory_opt_out_lower check (email = lower(email))
);

-- An uploaded contacts file between its preview and staff's confirmation; deleted when confirmed.
create table directory_import (
    id bigserial primary key,
    file_name varchar(255) not null,
    content bytea not null,
    uploaded_by varchar(254) not null,
    uploaded_at timestamptz not null,
    constraint ck_directory_import_size check (octet_length(content) <= 5242880)
);

-- Registration contacts so far join the directory (later ones join when they register).
insert into directory_contact (municipality_code, role, name, title, email, phone, registration_id, created_at, updated_at)
select distinct on (r.municipality_code, lower(r.contact_email))
       r.municipality_code, 'OTHER', left(r.contact_name, 200), left(r.contact_title, 200), r.contact_email,
       coalesce(r.contact_phone, ''), r.id, r.submitted_at, r.submitted_at
from registration r
where r.contact_email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$' and char_length(trim(r.contact_name)) > 0
order by r.municipality_code, lower(r.contact_email), r.submitted_at desc;
