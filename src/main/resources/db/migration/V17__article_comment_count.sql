-- Each article keeps the number of its approved comments, so that an article and a page of articles read it from
-- the article's row instead of counting comments on every read (a count that grows with the comments: on the
-- generated data it bound the 20 newest articles to about 1,500 pages a second in PostgreSQL alone).
-- Kept by statement-level triggers on comment with transition tables, in the same transaction as the comment's
-- change, whichever path made it (the API, a tool, another replica), one update per article per statement.
alter table article add column comment_count bigint not null default 0 check (comment_count >= 0);
comment on column article.comment_count is 'Approved comments on the article; kept by triggers on comment';

update article a
set comment_count = c.approved
from (select article_id, count(*) as approved from comment where status = 'approved' group by article_id) c
where c.article_id = a.id;

-- One function per event: a trigger with transition tables serves one event, and can name only the tables it has.
create function count_inserted_comments() returns trigger
    language plpgsql as
$$
begin
    update article a
    set comment_count = a.comment_count + d.approved
    from (select article_id, count(*) as approved from new_rows where status = 'approved' group by article_id) d
    where a.id = d.article_id;
    return null;
end;
$$;

create function count_updated_comments() returns trigger
    language plpgsql as
$$
begin
    update article a
    set comment_count = a.comment_count + d.delta
    from (select article_id, sum(delta) as delta
          from (select article_id, 1 as delta from new_rows where status = 'approved'
                union all
                select article_id, -1 from old_rows where status = 'approved') changes
          group by article_id) d
    where a.id = d.article_id
      and d.delta <> 0;
    return null;
end;
$$;

-- Also when an article's deletion deletes its comments: the article is gone by then, and nothing is updated.
create function count_deleted_comments() returns trigger
    language plpgsql as
$$
begin
    update article a
    set comment_count = a.comment_count - d.approved
    from (select article_id, count(*) as approved from old_rows where status = 'approved' group by article_id) d
    where a.id = d.article_id;
    return null;
end;
$$;

create trigger comment_count_on_insert after insert on comment
    referencing new table as new_rows for each statement execute function count_inserted_comments();
create trigger comment_count_on_update after update on comment
    referencing old table as old_rows new table as new_rows for each statement execute function count_updated_comments();
create trigger comment_count_on_delete after delete on comment
    referencing old table as old_rows for each statement execute function count_deleted_comments();

-- The count is not a change to the article: editors' versions stay, and the change feed records nothing for it
-- (the comment's own event says what changed). Same function as in V10, comparing rows without the count.
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
