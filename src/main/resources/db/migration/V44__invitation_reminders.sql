-- Each reminder kind goes to an invitation at most once: the row is claimed before the mail is written,
-- in the same transaction, so two instances running the job at once never both send it.
create table invitation_reminder (
    id bigserial primary key,
    invitation_id bigint not null,
    kind varchar(20) not null,
    sent_at timestamptz not null,
    constraint fk_invitation_reminder_invitation foreign key (invitation_id) references invitation (id) on delete cascade,
    constraint uk_invitation_reminder_invitation_kind unique (invitation_id, kind),
    constraint ck_invitation_reminder_kind check (kind in ('UNANSWERED', 'BEFORE_MEETING'))
);
