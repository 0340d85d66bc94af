-- One invitation per person per meeting, answered through a private link (only the token's hash is stored).
create table invitation (
    id bigserial primary key,
    meeting_id bigint not null,
    registration_id bigint not null,
    participant_id bigint,
    municipality_code integer not null,
    name varchar(200) not null,
    email varchar(254) not null,
    token_hash varchar(64) not null,
    answer varchar(20) not null default 'PENDING',
    answered_at timestamptz,
    attended boolean,
    invited_at timestamptz not null,
    sent_sequence integer not null default 0,
    substitute_for_id bigint,
    withdrawn_at timestamptz,
    version bigint not null default 0,
    constraint fk_invitation_meeting foreign key (meeting_id) references meeting (id) on delete cascade,
    constraint fk_invitation_substitute_for foreign key (substitute_for_id) references invitation (id) on delete set null,
    constraint fk_invitation_municipality foreign key (municipality_code) references municipality (code),
    constraint uk_invitation_token_hash unique (token_hash),
    constraint uk_invitation_meeting_participant unique (meeting_id, participant_id),
    constraint ck_invitation_answer check (answer in ('PENDING', 'ATTENDING', 'DECLINED'))
);
create unique index uk_invitation_meeting_email on invitation (meeting_id, lower(email));
create index ix_invitation_registration on invitation (registration_id);
