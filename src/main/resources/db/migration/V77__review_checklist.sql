-- The review checklist is the reviewer's judgement: one row per item a member of staff has ticked on a
-- registration, with who (a staff e-mail) and when. Unticking deletes the row; ticking again changes nothing.
create table review_checklist_tick (
    id bigserial primary key,
    registration_id bigint not null,
    item varchar(20) not null,
    ticked_by varchar(254) not null,
    ticked_at timestamptz not null,
    constraint fk_review_checklist_tick_registration foreign key (registration_id) references registration (id) on delete cascade,
    constraint ck_review_checklist_tick_item check (item in ('EFFORT', 'COLLABORATION', 'BOTH_PARTIES')),
    constraint uk_review_checklist_tick_registration_item unique (registration_id, item)
);
