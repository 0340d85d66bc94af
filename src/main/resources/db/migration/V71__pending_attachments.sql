-- Attachments chosen on the public registration form, kept against the form's submission token while the form
-- goes back and forth (a participant added or removed, errors shown), so nobody has to choose them again.
-- Removed when the registration is submitted, or after a day by PendingAttachments.purgeExpired.
create table pending_attachment (
    id               bigserial    constraint pk_pending_attachment primary key,
    submission_token varchar(64)  not null,
    file_name        varchar(255) not null,
    content_type     varchar(100) not null,
    size_bytes       bigint       not null,
    content          bytea        not null,
    created_at       timestamptz  not null,
    constraint ck_pending_attachment_size check (size_bytes > 0 and size_bytes <= 10485760)
);

create index ix_pending_attachment_token on pending_attachment (submission_token);
create index ix_pending_attachment_created_at on pending_attachment (created_at);
