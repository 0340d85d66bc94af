-- Per edition: when reminders go out. Kept out of the edition table, which the edition module owns.
create table scheduling_settings (
    edition_id bigint primary key,
    remind_unanswered_after_days integer not null default 7,
    remind_before_days integer not null default 2,
    version bigint not null default 0,
    constraint fk_scheduling_settings_edition foreign key (edition_id) references edition (id) on delete cascade,
    constraint ck_scheduling_settings_unanswered check (remind_unanswered_after_days between 1 and 60),
    constraint ck_scheduling_settings_before check (remind_before_days between 1 and 30)
);
