-- A password set by an admin must be changed by its user at the next login.
alter table staff_user add column must_change_password boolean not null default false;
alter table staff_user add column password_changed_at timestamptz;
