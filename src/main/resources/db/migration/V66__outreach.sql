-- Outreach: messages from staff to chosen contacts of the directory, sent once per address per message.
-- A PLANNED message (the deadline reminder) is claimed by the instance that moves it to SENT; the others
-- find it no longer planned and send nothing.
create table outreach_message (
    id bigserial primary key,
    edition_id bigint,
    starting_point varchar(30) not null,
    audience varchar(30) not null,
    region_code integer,
    role varchar(30),
    subject varchar(200) not null,
    body text not null,
    status varchar(20) not null,
    days_before integer,
    planned_for timestamptz,
    recipient_count integer not null default 0,
    created_by varchar(254) not null,
    created_at timestamptz not null,
    sent_at timestamptz,
    version bigint not null default 0,
    constraint fk_outreach_message_edition foreign key (edition_id) references edition (id),
    constraint fk_outreach_message_region foreign key (region_code) references region (code),
    constraint ck_outreach_message_starting_point check (starting_point in ('FREE', 'INVITATION', 'DEADLINE_REMINDER', 'TOOLKIT')),
    constraint ck_outreach_message_audience check (audience in ('ALL', 'NOT_REGISTERED', 'REGISTERED', 'REGION', 'ROLE')),
    constraint ck_outreach_message_region check (audience <> 'REGION' or region_code is not null),
    constraint ck_outreach_message_role check (audience <> 'ROLE' or role is not null),
    constraint ck_outreach_message_status check (status in ('PLANNED', 'SENT', 'CANCELLED')),
    constraint ck_outreach_message_planned check (status <> 'PLANNED' or (planned_for is not null and edition_id is not null)),
    constraint ck_outreach_message_days_before check (days_before is null or days_before between 1 and 90),
    constraint ck_outreach_message_body check (char_length(body) <= 20000)
);
create index ix_outreach_message_planned on outreach_message (planned_for) where status = 'PLANNED';

-- One row per address a message went to (personal data: the address). The unsubscribe link's secret is
-- stored only as its hash.
create table outreach_delivery (
    id bigserial primary key,
    message_id bigint not null,
    contact_id bigint,
    municipality_code integer not null,
    email varchar(254) not null,
    mail_id bigint,
    unsubscribe_token_hash varchar(64) not null,
    created_at timestamptz not null,
    constraint fk_outreach_delivery_message foreign key (message_id) references outreach_message (id) on delete cascade,
    constraint fk_outreach_delivery_contact foreign key (contact_id) references directory_contact (id) on delete set null,
    constraint uk_outreach_delivery_token unique (unsubscribe_token_hash)
);
create unique index uk_outreach_delivery_message_email on outreach_delivery (message_id, lower(email));
create index ix_outreach_delivery_municipality on outreach_delivery (municipality_code);
