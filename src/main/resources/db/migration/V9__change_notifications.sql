-- Every committed change to public content notifies the channel content_changed, so that every replica (each
-- LISTENs on it) drops what it cached within moments of the commit, whichever replica or tool made the change.
-- Statement-level triggers: one notification per statement and table, merged by PostgreSQL within a transaction.
create function notify_content_changed() returns trigger
    language plpgsql as
$$
begin
    perform pg_notify('content_changed', tg_table_name);
    return null;
end;
$$;

do
$$
    declare
        content_table text;
    begin
        foreach content_table in array array ['person', 'film', 'credit', 'article', 'article_person',
            'article_film', 'comment', 'slug_redirect']
            loop
                execute format('create trigger %I after insert or update or delete or truncate on %I '
                                   'for each statement execute function notify_content_changed()',
                               content_table || '_changed', content_table);
            end loop;
    end;
$$;
