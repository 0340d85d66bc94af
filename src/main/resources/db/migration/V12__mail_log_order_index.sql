-- The mail log lists the newest mail first, page by page.
create index ix_outgoing_mail_created on outgoing_mail (created_at desc, id desc);
