-- The form rule for e-mail addresses (web.EmailAddress: a name, an @ and a domain with a dot) held by the
-- database too, for every column that stores an address. Besides addresses, each column allows only what the
-- privacy erasure writes into it ('' or a marker with the row's id). NOT VALID: rows stored before the rule
-- are left as they are; every new or changed row is checked.
alter table registration add constraint ck_registration_contact_email
    check (contact_email = '' or contact_email ~ '^[^@[:space:]]+@[^@[:space:].]+(\.[^@[:space:].]+)+$') not valid;
alter table registration_participant add constraint ck_registration_participant_email
    check (email = '' or email ~ '^[^@[:space:]]+@[^@[:space:].]+(\.[^@[:space:].]+)+$') not valid;
alter table invitation add constraint ck_invitation_email
    check (email ~ '^erased-[0-9]+$' or email ~ '^[^@[:space:]]+@[^@[:space:].]+(\.[^@[:space:].]+)+$') not valid;
alter table staff_user add constraint ck_staff_user_email
    check (email ~ '^[^@[:space:]]+@[^@[:space:].]+(\.[^@[:space:].]+)+$') not valid;
-- The directory had its own, looser version of the rule since V65: replaced by the one rule.
alter table directory_contact drop constraint ck_directory_contact_email;
alter table directory_contact add constraint ck_directory_contact_email
    check (email ~ '^[^@[:space:]]+@[^@[:space:].]+(\.[^@[:space:].]+)+$') not valid;
alter table directory_opt_out add constraint ck_directory_opt_out_email
    check (email ~ '^[^@[:space:]]+@[^@[:space:].]+(\.[^@[:space:].]+)+$') not valid;
alter table outreach_delivery add constraint ck_outreach_delivery_email
    check (email ~ '^slettet-[0-9]+$' or email ~ '^[^@[:space:]]+@[^@[:space:].]+(\.[^@[:space:].]+)+$') not valid;
