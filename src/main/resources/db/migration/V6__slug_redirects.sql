-- When an item's slug changes, its old slug keeps answering with a 301 to the new one. One table for every kind
-- of item; an old slug points at the item (by id), so a later rename needs no chain of redirects.
create table slug_redirect (
    kind        text        not null,
    old_slug    text        not null,
    target_id   bigint      not null,
    created_at  timestamptz not null default now(),
    primary key (kind, old_slug),
    constraint slug_redirect_kind_check check (kind in ('article', 'person', 'film'))
);
create index slug_redirect_target_idx on slug_redirect (kind, target_id);
