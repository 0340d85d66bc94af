-- Each edition may name its own secretariat (shown on pages, Reply-To of mail, ORGANIZER of calendar files);
-- empty columns fall back to the default (app.secretariat.*).
alter table edition add column secretariat_name varchar(200);
alter table edition add column secretariat_email varchar(254);
alter table edition add column secretariat_phone varchar(40);
alter table edition add constraint ck_edition_secretariat_email
    check (secretariat_email is null or secretariat_email ~ '^[^@[:space:]]+@[^@[:space:].]+(\.[^@[:space:].]+)+$');
