-- Each article keeps the number of its approved comments, and of those that are not replies, so that an article, a
-- page of articles and a page of an article's comments read them from the article's row instead of counting comments
-- on every read (counts that grow with the comments: on the generated data the per-article count bound the 20 newest
-- articles to about 1,500 pages a second in PostgreSQL alone).
-- Kept by statement-level triggers on comment with transition tables, in the same transaction as the comment's
-- change, whichever path made it (the API, a tool, another replica), one update per article per statement.
alter table article
    add column comment_count bigint not null default 0 check (comment_count >= 0),
    add column thread_count  bigint not null default 0 check (thread_count >= 0),
    add constraint article_threads_within_comments check (thread_count <= comment_count);
comment on column article.comment_count is 'Approved comments on the article; kept by triggers on comment';
comment on column article.thread_count is 'Approved comments on the article that are not replies (the total of its '
    'comment pages); kept by triggers on comment';

-- The counts are no change to the article: editors' versions stay, and the change feed records nothing for it
-- (the comment's own event says what changed). Same function as in V10, comparing rows without the counts.
create or replace function record_article_change() returns trigger
    language plpgsql as
$$
declare
    operation text;
    compared  article;
begin
    if tg_op = 'UPDATE' then
        compared := new;
        compared.comment_count := old.comment_count;
        compared.thread_count := old.thread_count;
        if old is not distinct from compared then
            return null;
        end if;
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

update article a
set comment_count = c.approved,
    thread_count  = c.threads
from (select article_id, count(*) as approved, count(*) filter (where parent_id is null) as threads
      from comment
      where status = 'approved'
      group by article_id) c
where c.article_id = a.id;

-- One function for the three triggers, as V16 does: a trigger with transition tables serves one event and names only
-- the tables it has, so each event reads what it has (new rows for inserts and updates, old rows for updates and
-- deletes), and one statement adds what the statement approved and takes away what it no longer shows. After an
-- article's deletion deleted its comments, the article is gone and nothing is updated.
create function count_approved_comments() returns trigger
    language plpgsql as
$$
declare
    added_articles   bigint[];
    added_threads    boolean[];
    removed_articles bigint[];
    removed_threads  boolean[];
begin
    if tg_op in ('INSERT', 'UPDATE') then
        select array_agg(article_id), array_agg(parent_id is null)
        into added_articles, added_threads
        from new_rows
        where status = 'approved';
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        select array_agg(article_id), array_agg(parent_id is null)
        into removed_articles, removed_threads
        from old_rows
        where status = 'approved';
    end if;
    update article a
    set comment_count = a.comment_count + d.approved,
        thread_count  = a.thread_count + d.threads
    from (select article_id, sum(delta) as approved, coalesce(sum(delta) filter (where thread), 0) as threads
          from (select article_id, thread, 1 as delta from unnest(added_articles, added_threads) as t(article_id, thread)
                union all
                select article_id, thread, -1 from unnest(removed_articles, removed_threads) as t(article_id, thread)
               ) changes
          group by article_id) d
    where a.id = d.article_id
      and (d.approved <> 0 or d.threads <> 0);
    return null;
end;
$$;

create trigger comment_count_on_insert after insert on comment
    referencing new table as new_rows for each statement execute function count_approved_comments();
create trigger comment_count_on_update after update on comment
    referencing old table as old_rows new table as new_rows for each statement execute function count_approved_comments();
create trigger comment_count_on_delete after delete on comment
    referencing old table as old_rows for each statement execute function count_approved_comments();
