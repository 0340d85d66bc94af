-- Meeting kinds are code identifiers in English; their Danish names live in messages/scheduling.properties.
alter table meeting drop constraint ck_meeting_kind;
update meeting set kind = case kind when 'UDVIKLINGSDAG' then 'DEVELOPMENT_DAY' when 'DIGITALT_MOEDE' then 'DIGITAL_MEETING' else kind end;
alter table meeting add constraint ck_meeting_kind check (kind in ('DEVELOPMENT_DAY', 'DIGITAL_MEETING', 'WEBINAR'));
