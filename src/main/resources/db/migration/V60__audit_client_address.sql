-- The client address of the request that caused an audit entry (security events, staff changes); null for jobs.
alter table audit_entry add column client_address varchar(64);
