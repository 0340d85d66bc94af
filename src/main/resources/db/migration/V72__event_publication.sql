-- Spring Modulith's event publication registry (JDBC, schema v2 for PostgreSQL as shipped in
-- spring-modulith-events-jdbc 2.1: schemas/v2/schema-postgresql.sql). One row per event and listener,
-- written in the publishing transaction; completed when the listener's transaction commits, FAILED when it
-- throws, resubmitted by system/EventPublications. Modulith's own schema initialization is off.
create table event_publication (
    id uuid not null,
    listener_id text not null,
    event_type text not null,
    serialized_event text not null,
    publication_date timestamp with time zone not null,
    completion_date timestamp with time zone,
    status text,
    completion_attempts int,
    last_resubmission_date timestamp with time zone,
    constraint pk_event_publication primary key (id)
);
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
