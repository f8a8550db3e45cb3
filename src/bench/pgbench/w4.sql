-- W4 in SQL: GET /api/v1/articles/{slug}/comments?sort=-createdAt (the 20 newest threads of a random article), as
-- captured from Hibernate's SQL log: the article's id and reference with the number of its public threads (kept on
-- its row, V17), the page's ids, the comments, then their approved replies one level at a time (two levels at
-- most). Ids go from one statement to the next through \gset; the statements that hand them on are wrapped
-- (array(...), a materialised CTE) but read and compute what the API's do.
-- pgbench -M prepared -D articles=<n> -D published=published -D approved=approved -f w4.sql
\set i random(1, :articles)
select a1_0.id, a1_0.slug, a1_0.title, a1_0.thread_count
  from article a1_0 where a1_0.slug = 'bench-article-' || lpad(:i::text, 6, '0') and a1_0.status = :published
\gset
select page[1:20] as roots, least(cardinality(page), 20) as nroots
  from (select array(select c.id from comment c
                      where c.article_id = :id and c.status = 'approved' and c.parent_id is null
                      order by c.created_at desc nulls last, c.id desc limit 21 offset 0) as page) ids
\gset
\if :nroots > 0
select c1_0.id, c1_0.article_id, c1_0.author_email, c1_0.author_name, c1_0.body, c1_0.client_hash, c1_0.created_at,
       c1_0.depth, c1_0.moderated_at, c1_0.moderation_note, c1_0.parent_id, c1_0.status, c1_0.updated_at, c1_0.version
  from comment c1_0 where c1_0.id = any (cast(:roots as bigint[]));
with level as materialized (
    select c1_0.id, c1_0.article_id, c1_0.author_email, c1_0.author_name, c1_0.body, c1_0.client_hash,
           c1_0.created_at, c1_0.depth, c1_0.moderated_at, c1_0.moderation_note, c1_0.parent_id, c1_0.status,
           c1_0.updated_at, c1_0.version
      from comment c1_0 where c1_0.parent_id = any (cast(:roots as bigint[])) and c1_0.status = :approved
     order by c1_0.created_at, c1_0.id)
select coalesce(array_agg(id), '{}') as replies, count(*) as nreplies from level
\gset
\if :nreplies > 0
select c1_0.id, c1_0.article_id, c1_0.author_email, c1_0.author_name, c1_0.body, c1_0.client_hash, c1_0.created_at,
       c1_0.depth, c1_0.moderated_at, c1_0.moderation_note, c1_0.parent_id, c1_0.status, c1_0.updated_at, c1_0.version
  from comment c1_0 where c1_0.parent_id = any (cast(:replies as bigint[])) and c1_0.status = :approved
 order by c1_0.created_at, c1_0.id;
\endif
\endif
