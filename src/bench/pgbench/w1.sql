-- W1 in SQL: the statement the API runs for GET /api/v1/articles/{slug} (captured from Hibernate's SQL log): the
-- article with its author, people and films in one statement, its comment count read from its row (V17).
-- pgbench -M prepared -D articles=<n> -D published=published -f w1.sql
\set i random(1, :articles)
select a1_0.id, a2_0.id, a2_0.affiliations, a2_0.birthplace, a2_0.created_at, a2_0.links, a2_0.long_bio, a2_0.name,
       a2_0.roles, a2_0.short_bio, a2_0.slug, a2_0.sort_name, a2_0.updated_at, a2_0.version, a1_0.body,
       a1_0.comment_count, a1_0.created_at, a1_0.dek, f1_0.article_id, f1_0.position, f1_1.id, f1_1.created_at,
       f1_1.filming_countries, f1_1.genres, f1_1.original_title, f1_1.platform, f1_1.release_date,
       f1_1.runtime_minutes, f1_1.slug, f1_1.studio, f1_1.synopsis, f1_1.title, f1_1.updated_at, f1_1.version,
       a1_0.hero_image_alt, a1_0.hero_image_caption, a1_0.hero_image_credit, a1_0.hero_image_url, a1_0.language,
       p1_0.article_id, p1_0.position, p1_1.id, p1_1.affiliations, p1_1.birthplace, p1_1.created_at, p1_1.links,
       p1_1.long_bio, p1_1.name, p1_1.roles, p1_1.short_bio, p1_1.slug, p1_1.sort_name, p1_1.updated_at,
       p1_1.version, a1_0.published_at, a1_0.slug, a1_0.status, a1_0.summary, a1_0.tags, a1_0.title,
       a1_0.updated_at, a1_0.version
  from article a1_0
       left join person a2_0 on a2_0.id = a1_0.author_id
       left join article_person p1_0 on a1_0.id = p1_0.article_id
       left join person p1_1 on p1_1.id = p1_0.person_id
       left join article_film f1_0 on a1_0.id = f1_0.article_id
       left join film f1_1 on f1_1.id = f1_0.film_id
 where a1_0.slug = 'bench-article-' || lpad(:i::text, 6, '0') and a1_0.status = :published;
