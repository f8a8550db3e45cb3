-- The change feed: a transactional outbox of every change to articles, people, films and comments, read by
-- GET /api/v1/changes and streamed by GET /api/v1/changes/stream.
--
-- Events are written by triggers, in the transaction of the change itself, so that every path writes them: the API,
-- the scheduled publisher's native UPDATE, cascaded deletes (an article's comments), another replica, a tool working
-- on the database. A rolled-back change leaves no event.
--
-- Commit order: a reader must never see event 11 committed while event 10 is still to commit, or a client resuming
-- after 11 would miss 10 for ever. So events are numbered (seq) in commit order: the triggers that write them are
-- deferred to the commit, and every insert into change_event first takes one transaction-level advisory lock, held
-- until the transaction ends, and only then draws its number. The transaction that draws 11 can only do so once the
-- one that drew 10 has committed (and become visible) or rolled back. Whoever sees event n committed therefore sees
-- every event before n, and every later event will have a higher number. The lock is held only while the
-- transaction commits (the triggers run at commit), so writes wait for each other only for the time of a commit;
-- and since nothing else is locked while it is held, it cannot take part in a deadlock.

create sequence change_event_seq as bigint;

create table change_event (
    seq            bigint      primary key,
    item_type      text        not null,
    item_id        bigint      not null,
    slug           text,
    previous_slug  text,
    article_slug   text,
    operation      text        not null,
    status         text,
    version        bigint      not null,
    public_before  boolean     not null,
    public_after   boolean     not null,
    occurred_at    timestamptz not null,
    constraint change_event_type_check check (item_type in ('article', 'person', 'film', 'comment')),
    constraint change_event_operation_check check (operation in ('created', 'updated', 'deleted', 'published',
                                                                 'scheduled', 'unpublished', 'archived', 'moderated'))
);

comment on table change_event is 'The change feed (outbox): one row per change, numbered in commit order';
comment on column change_event.seq is 'Position in the feed: drawn under the outbox lock, so in commit order; gaps are rolled-back changes';
comment on column change_event.slug is 'The item''s slug after the change (before it, for a deletion); null for comments';
comment on column change_event.previous_slug is 'The slug before the change, when the change renamed the item';
comment on column change_event.article_slug is 'For comments: the slug of the article commented on, when it still exists';
comment on column change_event.public_before is 'Whether the public could read the item before the change';
comment on column change_event.public_after is 'Whether the public can read the item after the change';

-- Retention deletes the oldest events by time.
create index change_event_occurred_at_idx on change_event (occurred_at);

-- What retention has deleted: every event up to purged_through is gone, so a cursor before it has missed events.
create table change_feed (
    singleton       boolean primary key default true,
    purged_through  bigint  not null default 0,
    constraint change_feed_one_row check (singleton)
);
insert into change_feed default values;

create function change_event_in_commit_order() returns trigger
    language plpgsql as
$$
begin
    -- The outbox lock (the number is arbitrary: nothing else takes advisory locks). Held until commit or rollback.
    perform pg_advisory_xact_lock(4170082301);
    new.seq := nextval('change_event_seq');
    new.occurred_at := clock_timestamp();
    return new;
end;
$$;

create trigger change_event_in_commit_order
    before insert on change_event
    for each row execute function change_event_in_commit_order();

-- Wakes the readers of every replica (each LISTENs on content_events) once the transaction commits; PostgreSQL
-- merges identical notifications of one transaction. The table is the truth: readers re-read it when woken.
create function notify_content_events() returns trigger
    language plpgsql as
$$
begin
    perform pg_notify('content_events', '');
    return null;
end;
$$;

create trigger change_event_notify
    after insert on change_event
    for each statement execute function notify_content_events();

-- The response cache (V9) keeps anonymous reads, the feed's included, until content changes: the feed changes
-- whenever events are written or retention deletes some, whatever wrote or deleted them.
create trigger change_event_changed
    after insert or delete on change_event
    for each statement execute function notify_content_changed();

-- Whether the public can read a comment: approved, on a published article, under approved comments only (as
-- CommentRepository.findPublic has it). Read at commit, so what it says of the article and the parents is their state
-- at the end of the transaction.
create function comment_is_public(c comment) returns boolean
    language sql
    stable as
$$
select c.status = 'approved'
   and exists (select 1 from article a where a.id = c.article_id and a.status = 'published')
   and (c.parent_id is null or exists (select 1
                                       from comment p
                                                left join comment g on g.id = p.parent_id
                                       where p.id = c.parent_id
                                         and p.status = 'approved'
                                         and (p.parent_id is null or g.status = 'approved')))
$$;

create function record_article_change() returns trigger
    language plpgsql as
$$
declare
    operation text;
begin
    if tg_op = 'UPDATE' and old is not distinct from new then
        return null;
    end if;
    operation := case
                     when tg_op = 'INSERT' then 'created'
                     when tg_op = 'DELETE' then 'deleted'
                     when new.status = old.status then 'updated'
                     when new.status = 'published' then 'published'
                     when new.status = 'scheduled' then 'scheduled'
                     when new.status = 'archived' then 'archived'
                     else 'unpublished'
        end;
    insert into change_event (item_type, item_id, slug, previous_slug, operation, status, version, public_before,
                              public_after)
    values ('article',
            coalesce(new.id, old.id),
            coalesce(new.slug, old.slug),
            case when tg_op = 'UPDATE' and new.slug <> old.slug then old.slug end,
            operation,
            coalesce(new.status, old.status),
            coalesce(new.version, old.version),
            tg_op <> 'INSERT' and old.status = 'published',
            tg_op <> 'DELETE' and new.status = 'published');
    return null;
end;
$$;

-- People and films: always public once they exist.
create function record_item_change() returns trigger
    language plpgsql as
$$
begin
    if tg_op = 'UPDATE' and old is not distinct from new then
        return null;
    end if;
    insert into change_event (item_type, item_id, slug, previous_slug, operation, version, public_before, public_after)
    values (tg_table_name,
            coalesce(new.id, old.id),
            coalesce(new.slug, old.slug),
            case when tg_op = 'UPDATE' and new.slug <> old.slug then old.slug end,
            case tg_op when 'INSERT' then 'created' when 'DELETE' then 'deleted' else 'updated' end,
            coalesce(new.version, old.version),
            tg_op <> 'INSERT',
            tg_op <> 'DELETE');
    return null;
end;
$$;

-- Comments: submitted (created, pending), moderated (a status change), updated (a moderation note only: staff
-- only), deleted. The public sees an event only when the comment was or is public because of it: an approval, the
-- rejection or deletion of an approved comment. The replies under a comment, and the comments of an article, follow
-- it without events of their own for the public: the event of their parent or article stands for them.
create function record_comment_change() returns trigger
    language plpgsql as
$$
declare
    status_changed boolean := tg_op <> 'UPDATE' or new.status <> old.status;
begin
    if tg_op = 'UPDATE' and old is not distinct from new then
        return null;
    end if;
    insert into change_event (item_type, item_id, article_slug, operation, status, version, public_before,
                              public_after)
    values ('comment',
            coalesce(new.id, old.id),
            (select a.slug from article a where a.id = coalesce(new.article_id, old.article_id)),
            case
                when tg_op = 'INSERT' then 'created'
                when tg_op = 'DELETE' then 'deleted'
                when new.status <> old.status then 'moderated'
                else 'updated' end,
            coalesce(new.status, old.status),
            coalesce(new.version, old.version),
            tg_op <> 'INSERT' and status_changed and comment_is_public(old),
            tg_op <> 'DELETE' and status_changed and comment_is_public(new));
    return null;
end;
$$;

-- Deferred to the commit: the outbox lock is then held only while the transaction commits, and an article's state
-- is final when its comments' events are written.
create constraint trigger article_change_event
    after insert or update or delete on article
    deferrable initially deferred
    for each row execute function record_article_change();

create constraint trigger person_change_event
    after insert or update or delete on person
    deferrable initially deferred
    for each row execute function record_item_change();

create constraint trigger film_change_event
    after insert or update or delete on film
    deferrable initially deferred
    for each row execute function record_item_change();

create constraint trigger comment_change_event
    after insert or update or delete on comment
    deferrable initially deferred
    for each row execute function record_comment_change();
