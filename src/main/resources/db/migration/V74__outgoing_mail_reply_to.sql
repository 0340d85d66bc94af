-- The Reply-To of each mail: the secretariat at the moment the mail was written (edition settings).
alter table outgoing_mail add column reply_to varchar(500);
