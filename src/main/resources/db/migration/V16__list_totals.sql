-- The totals of the unfiltered public lists, kept as content changes, so that a list page reads its total with one
-- key lookup instead of counting every row (a count that would grow with the data). Filtered lists still count
-- what their filters select, through their indexes.
-- Statement-level triggers with transition tables: one update of the total per statement, however many rows.
create table list_total (
    list  text primary key,
    total bigint not null check (total >= 0)
);

insert into list_total (list, total)
values ('published_article', (select count(*) from article where status = 'published')),
       ('person', (select count(*) from person)),
       ('film', (select count(*) from film));

create function count_published_articles() returns trigger
    language plpgsql as
$$
declare
    delta bigint := 0;
begin
    if tg_op in ('INSERT', 'UPDATE') then
        select delta + count(*) into delta from new_rows where status = 'published';
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        select delta - count(*) into delta from old_rows where status = 'published';
    end if;
    if delta <> 0 then
        update list_total set total = total + delta where list = 'published_article';
    end if;
    return null;
end;
$$;

create trigger article_total_on_insert after insert on article
    referencing new table as new_rows for each statement execute function count_published_articles();
create trigger article_total_on_update after update on article
    referencing old table as old_rows new table as new_rows for each statement execute function count_published_articles();
create trigger article_total_on_delete after delete on article
    referencing old table as old_rows for each statement execute function count_published_articles();

create function count_rows() returns trigger
    language plpgsql as
$$
declare
    delta bigint;
begin
    if tg_op = 'INSERT' then
        select count(*) into delta from new_rows;
    else
        select -count(*) into delta from old_rows;
    end if;
    if delta <> 0 then
        update list_total set total = total + delta where list = tg_table_name;
    end if;
    return null;
end;
$$;

create trigger person_total_on_insert after insert on person
    referencing new table as new_rows for each statement execute function count_rows();
create trigger person_total_on_delete after delete on person
    referencing old table as old_rows for each statement execute function count_rows();
create trigger film_total_on_insert after insert on film
    referencing new table as new_rows for each statement execute function count_rows();
create trigger film_total_on_delete after delete on film
    referencing old table as old_rows for each statement execute function count_rows();
