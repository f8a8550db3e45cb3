-- W2 in SQL: GET /api/v1/articles (the 20 newest), as captured from Hibernate's SQL log: the total kept by triggers
-- (V16), the page's ids (one more than the page, to know whether more follow), the articles (comment counts on
-- their rows, V17), then their authors, people and films in one statement each. The page is the same on every
-- request, so run.sh reads its article ids and author ids once and passes them in.
-- pgbench -M prepared -D ids='{..}' -D authors='{..}' -f w2.sql
select total from list_total where list = 'published_article';
select a.id from article a where a.status = 'published'
 order by a.published_at desc nulls last, a.id desc limit 21 offset 0;
select a1_0.id, a1_0.author_id, a1_0.body, a1_0.comment_count, a1_0.created_at, a1_0.dek, a1_0.hero_image_alt,
       a1_0.hero_image_caption, a1_0.hero_image_credit, a1_0.hero_image_url, a1_0.language, a1_0.published_at,
       a1_0.slug, a1_0.status, a1_0.summary, a1_0.tags, a1_0.title, a1_0.updated_at, a1_0.version
  from article a1_0 where a1_0.id = any (cast(:ids as bigint[]));
select p1_0.id, p1_0.affiliations, p1_0.birthplace, p1_0.created_at, p1_0.links, p1_0.long_bio, p1_0.name,
       p1_0.roles, p1_0.short_bio, p1_0.slug, p1_0.sort_name, p1_0.updated_at, p1_0.version
  from person p1_0 where p1_0.id = any (cast(:authors as bigint[]));
select p1_0.article_id, p1_0.position, p1_1.id, p1_1.affiliations, p1_1.birthplace, p1_1.created_at, p1_1.links,
       p1_1.long_bio, p1_1.name, p1_1.roles, p1_1.short_bio, p1_1.slug, p1_1.sort_name, p1_1.updated_at, p1_1.version
  from article_person p1_0 join person p1_1 on p1_1.id = p1_0.person_id
 where p1_0.article_id = any (cast(:ids as bigint[]));
select f1_0.article_id, f1_0.position, f1_1.id, f1_1.created_at, f1_1.filming_countries, f1_1.genres,
       f1_1.original_title, f1_1.platform, f1_1.release_date, f1_1.runtime_minutes, f1_1.slug, f1_1.studio,
       f1_1.synopsis, f1_1.title, f1_1.updated_at, f1_1.version
  from article_film f1_0 join film f1_1 on f1_1.id = f1_0.film_id
 where f1_0.article_id = any (cast(:ids as bigint[]));
