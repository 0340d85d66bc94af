-- Toolkits (værktøjer): the partnership's lasting output, public to all 98 municipalities once published.
create table toolkit (
    id bigserial primary key,
    title varchar(200) not null,
    slug varchar(80) not null,
    summary varchar(1000) not null,
    body text not null default '',
    sort_order integer not null default 0,
    status varchar(20) not null default 'DRAFT',
    published_on date,
    created_at timestamptz not null default now(),
    version bigint not null default 0,
    constraint uk_toolkit_slug unique (slug),
    constraint ck_toolkit_slug check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    constraint ck_toolkit_status check (status in ('DRAFT', 'PUBLISHED')),
    constraint ck_toolkit_published_on check (status = 'DRAFT' or published_on is not null)
);
create index ix_toolkit_public on toolkit (sort_order, title) where status = 'PUBLISHED';
