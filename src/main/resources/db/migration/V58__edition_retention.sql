-- When an edition's personal data is erased: a number of months after its course ends (12 unless changed), or a
-- later date an administrator chose, with the reason. erased_at marks the erasure as done; the retention job
-- locks the row, so two instances erase an edition once.
create table edition_retention (
    edition_id bigint primary key,
    months_after_course integer not null default 12,
    postponed_until date,
    postpone_reason text,
    erased_at timestamptz,
    version bigint not null default 0,
    constraint fk_edition_retention_edition foreign key (edition_id) references edition (id) on delete cascade,
    constraint ck_edition_retention_months check (months_after_course between 1 and 120),
    constraint ck_edition_retention_postpone_reason check (postponed_until is null
        or (postpone_reason is not null and char_length(btrim(postpone_reason)) between 1 and 1000))
);
