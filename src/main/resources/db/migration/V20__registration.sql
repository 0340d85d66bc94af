-- A municipality's registration for an edition. Contact and effort details, status, private-link token (hashed).
create table registration (
    id bigserial primary key,
    edition_id bigint not null,
    municipality_code integer not null,
    reference varchar(20) not null,
    status varchar(20) not null,
    contact_name varchar(200) not null,
    contact_title varchar(200) not null,
    contact_email varchar(254) not null,
    contact_phone varchar(20),
    effort_status varchar(20) not null,
    effort_description text not null,
    collaboration_forums varchar(100) not null,
    collaboration_description text not null,
    network_id bigint,
    submitted_at timestamptz not null,
    submission_token varchar(64) not null,
    private_token_hash varchar(64) not null,
    rejection_reason text,
    version bigint not null default 0,
    constraint fk_registration_edition foreign key (edition_id) references edition (id),
    constraint fk_registration_municipality foreign key (municipality_code) references municipality (code),
    constraint uk_registration_edition_reference unique (edition_id, reference),
    constraint uk_registration_submission_token unique (submission_token),
    constraint uk_registration_private_token_hash unique (private_token_hash),
    constraint ck_registration_status check (status in ('RECEIVED', 'APPROVED', 'WAITING_LIST', 'REJECTED', 'WITHDRAWN')),
    constraint ck_registration_effort_status check (effort_status in ('STARTED', 'DECIDED')),
    constraint ck_registration_effort_description check (char_length(effort_description) <= 5000),
    constraint ck_registration_collaboration_description check (char_length(collaboration_description) <= 3000)
);

-- One registration per municipality per edition. A withdrawn registration frees the municipality (it may
-- register again); a rejected one keeps it (the secretariat decided, and talks to the municipality).
create unique index uk_registration_edition_municipality on registration (edition_id, municipality_code)
    where status <> 'WITHDRAWN';

create index ix_registration_edition_status on registration (edition_id, status);
create index ix_registration_contact_email on registration (lower(contact_email));
create index ix_registration_network on registration (network_id) where network_id is not null;
