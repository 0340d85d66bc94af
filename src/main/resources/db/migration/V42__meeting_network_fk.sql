-- A network's meetings belong to it: a network with meetings cannot be removed (cancel or move them first).
alter table meeting add constraint fk_meeting_network foreign key (network_id) references network (id);
