-- Abuse controls. Rate limits count requests per client and fixed window in the database, so that every replica
-- enforces the same limit. Comments remember a hash of their client, to refuse the same comment sent twice.
create unlogged table rate_limit (
    bucket        text        not null,
    window_start  timestamptz not null,
    hits          integer     not null,
    primary key (bucket, window_start)
);
comment on table rate_limit is 'Counters per bucket (policy and client) and window; old windows are deleted as they pass';

alter table comment add column client_hash text;
comment on column comment.client_hash is 'SHA-256 of the client address that sent it: to refuse duplicates, never shown';
create index comment_duplicate_idx on comment (article_id, client_hash, created_at) where client_hash is not null;
