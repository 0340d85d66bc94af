-- "Send igen" of a failed mail that carried a link secret: the owning module writes a new mail with a fresh
-- link. When staff asked for it, and the new mail once written.
alter table outgoing_mail add column resend_requested_at timestamptz;
alter table outgoing_mail add column resent_as bigint;
alter table outgoing_mail add constraint fk_outgoing_mail_resent_as
    foreign key (resent_as) references outgoing_mail (id) on delete set null;
