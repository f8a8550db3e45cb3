-- Idempotency-Key on POST: the first answer to a key is kept and replayed to retries of the same request. Keys are
-- scoped to their caller (token or client address) and to the operation, and live for a day.
create table idempotency_key (
    scope          text        not null,
    key            text        not null,
    request_hash   text        not null,
    state          text        not null,
    status         integer,
    content_type   text,
    location       text,
    etag           text,
    body           text,
    created_at     timestamptz not null default now(),
    primary key (scope, key),
    constraint idempotency_key_state_check check (state in ('in_flight', 'done'))
);
create index idempotency_key_created_idx on idempotency_key (created_at);
