-- Audit log: every change by staff (decisions, assignments, edits, exports), append-only.
create table audit_entry (
    id bigserial primary key,
    occurred_at timestamptz not null,
    actor varchar(254) not null,
    action varchar(80) not null,
    target_type varchar(60) not null,
    target_id varchar(60),
    before_value text,
    after_value text,
    detail text
);
create index ix_audit_entry_occurred_at on audit_entry (occurred_at desc, id desc);
create index ix_audit_entry_target on audit_entry (target_type, target_id);
create index ix_audit_entry_actor on audit_entry (lower(actor));
