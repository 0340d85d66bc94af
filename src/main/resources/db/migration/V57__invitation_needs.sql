-- Dietary and access needs given with an answer to a physical meeting; deleted automatically
-- some days after the meeting (app.scheduling.needs-retention-days).
create table invitation_need (
    invitation_id bigint primary key,
    text varchar(500) not null,
    recorded_at timestamptz not null,
    constraint fk_invitation_need_invitation foreign key (invitation_id) references invitation (id) on delete cascade
);
