-- A mail waiting because no SMTP server is configured is simply PENDING (the mail log says why),
-- so the HELD status of V10 is never used.
update outgoing_mail set status = 'PENDING' where status = 'HELD';
alter table outgoing_mail drop constraint ck_outgoing_mail_status;
alter table outgoing_mail add constraint ck_outgoing_mail_status check (status in ('PENDING', 'SENT', 'FAILED'));
