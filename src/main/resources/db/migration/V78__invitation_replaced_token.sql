-- The hashes of invitation links replaced by a newer mail (every update and reminder carries a new link): an old
-- link is then told apart from a wrong one, and its page offers to send the newest link to the invited address.
-- Hashes only, no personal data; they go with their invitation.
create table invitation_replaced_token (
    token_hash varchar(64) primary key,
    invitation_id bigint not null references invitation (id) on delete cascade,
    replaced_at timestamptz not null
);
create index ix_invitation_replaced_token_invitation on invitation_replaced_token (invitation_id);
