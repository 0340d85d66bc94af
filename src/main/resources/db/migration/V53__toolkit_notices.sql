-- Notices about a toolkit's publication or a new file version: one row per recipient and occasion, so the
-- unique constraint makes "once" true even when staff send twice or two staff send at the same time.
-- The recipient is stored as the SHA-256 of the lower-cased address: enough to say "already told", without
-- keeping the address itself here (the mail, with its address, is in the outbox).
create table toolkit_notice (
    id bigserial primary key,
    toolkit_id bigint not null,
    occasion varchar(40) not null,
    recipient_hash varchar(64) not null,
    sent_at timestamptz not null,
    sent_by varchar(254) not null,
    constraint fk_toolkit_notice_toolkit foreign key (toolkit_id) references toolkit (id) on delete cascade,
    constraint uk_toolkit_notice_once unique (toolkit_id, occasion, recipient_hash),
    constraint ck_toolkit_notice_occasion check (occasion = 'publication' or occasion ~ '^version-[0-9]+$')
);
