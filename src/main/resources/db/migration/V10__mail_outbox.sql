-- Transactional outbox: a mail is a row written in the transaction that causes it.
create table outgoing_mail (
    id bigserial primary key,
    message_id varchar(255) not null,
    recipient varchar(254) not null,
    subject varchar(500) not null,
    html_body text not null,
    text_body text not null,
    kind varchar(40) not null,
    reference varchar(100),
    status varchar(20) not null default 'PENDING',
    attempts integer not null default 0,
    next_attempt_at timestamptz not null default now(),
    last_error text,
    created_at timestamptz not null default now(),
    sent_at timestamptz,
    version bigint not null default 0,
    constraint uk_outgoing_mail_message_id unique (message_id),
    constraint ck_outgoing_mail_status check (status in ('PENDING', 'SENT', 'FAILED', 'HELD'))
);
create index ix_outgoing_mail_due on outgoing_mail (next_attempt_at) where status = 'PENDING';
create index ix_outgoing_mail_kind on outgoing_mail (kind);
create index ix_outgoing_mail_recipient on outgoing_mail (lower(recipient));

create table outgoing_mail_attachment (
    id bigserial primary key,
    mail_id bigint not null,
    file_name varchar(255) not null,
    content_type varchar(255) not null,
    content bytea not null,
    constraint fk_outgoing_mail_attachment_mail foreign key (mail_id) references outgoing_mail (id) on delete cascade
);
create index ix_outgoing_mail_attachment_mail on outgoing_mail_attachment (mail_id);
