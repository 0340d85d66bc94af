-- Passkeys (WebAuthn) of staff users, in Spring Security's own schema (JdbcPublicKeyCredentialUserEntityRepository,
-- JdbcUserCredentialRepository), so every instance sees every passkey. user_entities.name is the staff e-mail.
create table user_entities (
    id varchar(1000) not null,
    name varchar(100) not null,
    display_name varchar(200),
    constraint pk_user_entities primary key (id)
);
create unique index uk_user_entities_name on user_entities (name);

create table user_credentials (
    credential_id varchar(1000) not null,
    user_entity_user_id varchar(1000) not null,
    public_key bytea not null,
    signature_count bigint,
    uv_initialized boolean,
    backup_eligible boolean not null,
    authenticator_transports varchar(1000),
    public_key_credential_type varchar(100),
    backup_state boolean not null,
    attestation_object bytea,
    attestation_client_data_json bytea,
    created timestamp,
    last_used timestamp,
    label varchar(1000) not null,
    constraint pk_user_credentials primary key (credential_id),
    constraint fk_user_credentials_user_entity foreign key (user_entity_user_id) references user_entities (id)
        on delete cascade
);
create index ix_user_credentials_user_entity on user_credentials (user_entity_user_id);
