-- One active substitute per invitation: naming another withdraws the previous one. Older duplicates are withdrawn
-- first (the newest stays), so the index can be built.
update invitation set withdrawn_at = now()
where id in (select id from (select id, row_number() over (partition by substitute_for_id order by id desc) as newest
                             from invitation
                             where substitute_for_id is not null and withdrawn_at is null) ranked
             where newest > 1);
create unique index uk_invitation_active_substitute on invitation (substitute_for_id)
    where substitute_for_id is not null and withdrawn_at is null;
