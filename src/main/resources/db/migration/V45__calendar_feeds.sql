-- A private subscription feed per network: calendar programs fetch /kalender/{token}.ics; only the hash is kept.
create table calendar_feed (
    network_id bigint primary key,
    token_hash varchar(64) not null,
    created_at timestamptz not null,
    constraint fk_calendar_feed_network foreign key (network_id) references network (id) on delete cascade,
    constraint uk_calendar_feed_token_hash unique (token_hash)
);
