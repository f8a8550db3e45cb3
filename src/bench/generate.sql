-- Benchmark data: a deterministic, set-based generator, scaled by a factor.
--
--   psql -v ON_ERROR_STOP=1 -v factor=1 -f src/bench/generate.sql <database whose schema Flyway made>
--
-- Factor 1: 10,000 published articles (plus 2 % drafts, 1 % archived, 0.5 % scheduled), 1,000 people, 500 films
-- with about 6 credits each, 100,000 comments (70 % on the article, 22 % replies, 8 % replies to replies; 85-90 %
-- approved), skewed towards the newest articles (the newest has about 1 % of all comments, the oldest a handful).
--
-- Every value is a function of the row number: a pseudo-random number is hashint8extended(row, salt), never
-- random(), so two runs make the same rows. Times hang off a fixed anchor, not now(), except scheduled articles,
-- which are in the year 2100 so that the publishing job never touches them during a run.
--
-- Slugs are predictable, for the wrk scripts: bench-article-000001 (the newest) .. bench-article-<n>, every one
-- published; bench-person-000001.., bench-film-000001..; the unpublished articles are bench-draft-*,
-- bench-archived-*, bench-scheduled-*. The seed content of V2 stays as it is.

\set ON_ERROR_STOP on
\if :{?factor}
\else
\set factor 1
\endif

select greatest(1, round(10000 * :factor))::int as n_articles,
       round(200 * :factor)::int as n_drafts,
       round(100 * :factor)::int as n_archived,
       round(50 * :factor)::int as n_scheduled,
       greatest(10, round(1000 * :factor))::int as n_people,
       greatest(1, round(50 * :factor))::int as n_journalists,
       greatest(5, round(500 * :factor))::int as n_films,
       round(70000 * :factor)::int as n_roots,
       round(22000 * :factor)::int as n_replies,
       round(8000 * :factor)::int as n_replies2
\gset

begin;

-- A pseudo-random number in [0, 1) for a row and a salt, and picks from an array by it. They are single
-- expressions, which PostgreSQL inlines into the calling query; a SQL function with a subquery is not inlined, and
-- called from another SQL function it is planned again on every call, so those (words, title, sentence,
-- paragraph) are only ever called from the top-level statements below.
create function pg_temp.rnd(i bigint, salt int) returns double precision
    language sql immutable parallel safe
    as $$ select (hashint8extended(i, salt) & 2147483647)::double precision / 2147483648.0 $$;

create function pg_temp.pick(arr text[], i bigint, salt int) returns text
    language sql immutable parallel safe
    as $$ select arr[1 + floor(pg_temp.rnd(i, salt) * cardinality(arr))::int] $$;

-- A pick skewed towards the start of the array (the element at u^2 of its length, u uniform): its first words are
-- common, its last ones less so.
create function pg_temp.skewed(arr text[], i bigint, salt int) returns text
    language sql immutable parallel safe
    as $$ select arr[1 + floor(pow(pg_temp.rnd(i, salt), 2) * cardinality(arr))::int] $$;

-- n words: every fourth a topical word (skewed), one in fifty of those a rare one, the others common words. A
-- rare word is in about 4 % of the articles, so that searching for one finds hundreds of articles out of
-- 10,000, not most of them, as in real text.
create function pg_temp.words(common text[], topical text[], rare text[], i bigint, salt int, n int) returns text
    language sql immutable parallel safe
    as $$ select string_agg(case when k % 4 <> 2 then pg_temp.pick(common, i * 1000 + k, salt)
                                 when pg_temp.rnd(i * 1000 + k, salt + 1) < 0.02 then pg_temp.pick(rare, i * 1000 + k, salt)
                                 else pg_temp.skewed(topical, i * 1000 + k, salt) end, ' ' order by k)
            from generate_series(1, n) k $$;

-- A title of n topical words.
create function pg_temp.title(topical text[], i bigint, salt int, n int) returns text
    language sql immutable parallel safe
    as $$ select initcap(string_agg(pg_temp.skewed(topical, i * 1000 + k, salt), ' ' order by k))
            from generate_series(1, n) k $$;

create temporary table vocab on commit drop as
select
    array['the', 'a', 'of', 'and', 'in', 'with', 'about', 'from', 'for', 'his', 'her', 'their', 'to', 'on', 'at',
          'new', 'old', 'bright', 'quiet', 'bold', 'moving', 'honest', 'funny', 'dark', 'beautiful', 'powerful',
          'remarkable', 'true', 'real', 'inspiring', 'early', 'late', 'first', 'last', 'great', 'small', 'long',
          'short', 'young', 'whole', 'tells', 'follows', 'shows', 'finds', 'brings', 'captures', 'explores',
          'returns', 'leaves', 'becomes', 'writes', 'plays', 'directs', 'watches', 'remembers', 'builds', 'travels',
          'learns', 'wins', 'makes', 'takes', 'gives', 'keeps', 'turns', 'meets', 'loses', 'starts', 'ends',
          'never', 'always', 'again', 'together', 'finally', 'still', 'even', 'only', 'once', 'later']
        as en_common,
    -- Topical words, from the most common to the rarest.
    array['film', 'story', 'director', 'actor', 'review', 'cinema', 'audience', 'scene', 'character', 'family',
          'festival', 'performance', 'drama', 'series', 'season', 'studio', 'streaming', 'camera', 'critic',
          'screenplay', 'comedy', 'release', 'trailer', 'premiere', 'producer', 'interview', 'episode', 'role',
          'casting', 'documentary', 'thriller', 'biography', 'award', 'nomination', 'sequel', 'soundtrack',
          'composer', 'editor', 'childhood', 'memory', 'history', 'culture', 'language', 'school', 'teacher',
          'student', 'university', 'dream', 'journey', 'courage', 'determination', 'persistence', 'faith', 'hope',
          'struggle', 'success', 'failure', 'border', 'village', 'harvest', 'farm', 'workers', 'migrant',
          'education', 'science', 'technology', 'engineer', 'california', 'mexico', 'space', 'mission', 'earth',
          'moon', 'stars', 'training']
        as en,
    array['astronaut', 'nasa', 'satellite', 'telescope', 'gravity', 'orbit', 'rocket', 'launch', 'landing',
          'station', 'houston', 'spacewalk', 'cosmonaut', 'shuttle', 'capsule', 'planet', 'galaxy', 'comet',
          'meteor', 'eclipse']
        as en_rare,
    array['la', 'el', 'de', 'en', 'una', 'un', 'los', 'las', 'con', 'sobre', 'y', 'para', 'su', 'sus', 'nueva',
          'gran', 'pequeña', 'verdadera', 'cuenta', 'sigue', 'muestra', 'encuentra', 'vuelve', 'aprende', 'gana',
          'sueña', 'nunca', 'siempre', 'otra', 'vez', 'juntos', 'por', 'fin']
        as es_common,
    array['película', 'historia', 'director', 'directora', 'actor', 'actriz', 'familia', 'cine', 'público',
          'crítica', 'reseña', 'drama', 'festival', 'estreno', 'guion', 'cámara', 'estudio', 'escena', 'personaje',
          'actuación', 'comedia', 'documental', 'biografía', 'música', 'premio', 'nominación', 'taquilla',
          'tráiler', 'serie', 'temporada', 'entrevista', 'cultura', 'memoria', 'niñez', 'escuela', 'maestro',
          'sueño', 'viaje', 'valentía', 'esperanza', 'lucha', 'éxito', 'frontera', 'pueblo', 'cosecha', 'campo',
          'trabajadores', 'educación', 'ciencia', 'tecnología', 'ingeniero', 'méxico', 'espacio', 'misión',
          'tierra', 'luna', 'estrellas']
        as es,
    array['astronauta', 'michoacán', 'cohete', 'lanzamiento', 'órbita', 'estación', 'satélite', 'telescopio']
        as es_rare,
    array['José', 'María', 'Sofía', 'Lucía', 'Andrés', 'Martín', 'Inés', 'Ramón', 'Adrián', 'Julián', 'Joaquín',
          'Begoña', 'Íñigo', 'Adela', 'Alejandra', 'Michael', 'Kate', 'James', 'Olivia', 'Emma', 'Noah', 'Liam',
          'Ava', 'Grace', 'Henry', 'Isabel', 'Daniel', 'Laura', 'Peter', 'Anna', 'Thomas', 'Clara', 'Samuel',
          'Ruth', 'David', 'Helen', 'Oscar', 'Nora', 'Victor', 'Elena']
        as first_names,
    array['Hernández', 'Márquez', 'Peña', 'Núñez', 'Muñoz', 'Ibáñez', 'García', 'López', 'Martínez', 'Pérez',
          'Sánchez', 'Gómez', 'Díaz', 'Rodríguez', 'Fernández', 'Álvarez', 'Castaño', 'Abella', 'Smith', 'Johnson',
          'Walker', 'O''Brien', 'Carter', 'Bennett', 'Hughes', 'Price', 'Foster', 'Reed', 'Morgan', 'Ellis', 'Ward',
          'Brooks', 'Hayes', 'Porter', 'Mills', 'Grant', 'Sullivan', 'Fischer', 'Rossi', 'Novak']
        as last_names,
    array['director', 'actor', 'writer', 'producer', 'composer', 'cinematographer', 'editor', 'astronaut',
          'engineer', 'scientist', 'teacher', 'musician']
        as roles,
    array['Los Angeles', 'New York', 'London', 'Ciudad de México', 'Michoacán', 'Guadalajara', 'Sevilla', 'Madrid',
          'Bogotá', 'Lima', 'Buenos Aires', 'Houston', 'Toronto', 'Dublin', 'Berlin', 'Stockton']
        as places,
    array['NASA', 'Family Theater Productions', 'Amazon Studios', 'Tierra Luna Engineering', 'Universidad de Guadalajara',
          'Sundance Institute', 'Academy of Motion Picture Arts and Sciences', 'BBC Films', 'Netflix', 'A24']
        as organisations,
    array['Amazon Prime Video', 'Netflix', 'Cinemas', 'Apple TV+', 'Disney+', 'Max', 'Hulu', 'Mubi']
        as platforms,
    array['Amazon Studios', 'A24', 'Focus Features', 'Searchlight Pictures', 'Neon', 'Warner Bros.', 'Universal',
          'Lionsgate', 'Estudios Churubusco', 'Participant']
        as studios,
    array['drama', 'biography', 'comedy', 'documentary', 'thriller', 'family', 'science fiction', 'romance',
          'history', 'animation', 'music', 'adventure']
        as genres,
    array['Mexico', 'United States', 'Spain', 'United Kingdom', 'Canada', 'Colombia', 'Argentina', 'France']
        as countries,
    array['reviews', 'interviews', 'news', 'streaming', 'festivals', 'space', 'biopics', 'latino', 'awards',
          'box-office', 'documentaries', 'family', 'faith', 'tv', 'casting', 'trailers', 'features', 'opinion']
        as tags;

-- Sentences of 8 to 15 words, capitalised, with a full stop: 4,000 in English, 1,000 in Spanish. Texts are made
-- of sentences drawn from them, looked up by key (arrays this large would be read whole for every element taken).
create temporary table sentence_pool (lang text, k int, s text, primary key (lang, k)) on commit drop;
insert into sentence_pool
select 'en', k, upper(left(w, 1)) || substr(w, 2) || '.'
  from vocab v, generate_series(1, 4000) k, pg_temp.words(v.en_common, v.en, v.en_rare, k, 1001, 8 + k % 8) w;
insert into sentence_pool
select 'es', k, upper(left(w, 1)) || substr(w, 2) || '.'
  from vocab v, generate_series(1, 1000) k, pg_temp.words(v.es_common, v.es, v.es_rare, k, 1002, 8 + k % 8) w;
analyze sentence_pool;

-- A sentence, and a paragraph of four, in a language. Only called from the top-level statements (see above).
create function pg_temp.sentence(lang text, i bigint, salt int) returns text
    language sql stable parallel safe
    as $$ select s from sentence_pool
           where lang = $1 and k = 1 + floor(pg_temp.rnd(i, salt) * case $1 when 'es' then 1000 else 4000 end)::int $$;

create function pg_temp.paragraph(lang text, i bigint, salt int) returns text
    language sql stable parallel safe
    as $$ select string_agg(s, ' ' order by g)
            from generate_series(1, 4) g
            join sentence_pool on lang = $1
                              and k = 1 + floor(pg_temp.rnd(i * 10 + g, salt)
                                                * case $1 when 'es' then 1000 else 4000 end)::int $$;

-- People: the first n_journalists write the articles; the others are credited in films and written about.
insert into person (slug, name, sort_name, short_bio, long_bio, roles, birthplace, affiliations, links,
                    created_at, updated_at)
select 'bench-person-' || lpad(i::text, 6, '0'),
       fn || ' ' || ln,
       ln || ', ' || fn,
       fn || ' ' || ln || ' is a ' || role || ' from ' || place || '. ' || pg_temp.sentence('en', i, 11),
       case when pg_temp.rnd(i, 12) < 0.3 then pg_temp.paragraph('en', i, 13) || E'\n\n' || pg_temp.paragraph('en', i, 14) end,
       case when i <= :n_journalists then array['journalist', 'critic']
            when pg_temp.rnd(i, 15) < 0.3 then array[role, pg_temp.pick(v.roles, i, 16)]
            else array[role] end,
       case when pg_temp.rnd(i, 17) < 0.7 then place end,
       case when pg_temp.rnd(i, 18) < 0.6
            then jsonb_build_array(jsonb_build_object('organisation', pg_temp.pick(v.organisations, i, 19),
                                                      'role', initcap(role), 'fromYear', 1990 + (i % 33)))
            else '[]' end,
       case when pg_temp.rnd(i, 20) < 0.4
            then jsonb_build_array(jsonb_build_object('label', 'Official website',
                                                      'url', 'https://example.org/people/bench-person-' || lpad(i::text, 6, '0')))
            else '[]' end,
       timestamptz '2020-01-01 00:00:00+00' + i * interval '1 hour',
       timestamptz '2020-01-01 00:00:00+00' + i * interval '1 hour'
  from vocab v,
       generate_series(1, :n_people) i,
       lateral (select pg_temp.pick(v.first_names, i, 1) as fn, pg_temp.pick(v.last_names, i, 2) as ln,
                       case when i <= :n_journalists then 'journalist' else pg_temp.pick(v.roles, i, 3) end as role,
                       pg_temp.pick(v.places, i, 4) as place) n;

-- Films: released between 1990 and 2025.
insert into film (slug, title, original_title, release_date, runtime_minutes, platform, studio, synopsis,
                  filming_countries, genres, created_at, updated_at)
select 'bench-film-' || lpad(i::text, 6, '0'),
       pg_temp.title(v.en, i, 21, 2 + (i % 3)),
       case when pg_temp.rnd(i, 22) < 0.2 then pg_temp.title(v.es, i, 23, 3) end,
       date '1990-01-01' + floor(pg_temp.rnd(i, 24) * 13000)::int,
       80 + floor(pg_temp.rnd(i, 25) * 100)::int,
       pg_temp.pick(v.platforms, i, 26),
       pg_temp.pick(v.studios, i, 27),
       pg_temp.sentence('en', i, 28) || ' ' || pg_temp.sentence('en', i, 29),
       array(select distinct pg_temp.pick(v.countries, i * 10 + k, 30) from generate_series(1, 1 + i % 2) k),
       array(select distinct pg_temp.pick(v.genres, i * 10 + k, 31) from generate_series(1, 1 + i % 3) k),
       timestamptz '2020-01-01 00:00:00+00' + i * interval '1 hour',
       timestamptz '2020-01-01 00:00:00+00' + i * interval '1 hour'
  from vocab v, generate_series(1, :n_films) i;

create temporary table person_map on commit drop as
select substr(slug, 14)::int as idx, id from person where slug like 'bench-person-%';
create unique index on person_map (idx);
create temporary table film_map on commit drop as
select substr(slug, 12)::int as idx, id, release_date from film where slug like 'bench-film-%';
create unique index on film_map (idx);
analyze person_map;
analyze film_map;

-- Credits: 4 to 8 per film, in billing order: a director, a writer, a producer, then cast, the last a composer
-- when there are 8. People from those who are not journalists.
insert into credit (film_id, person_id, kind, character_name, position)
select f.id, p.id,
       case pos when 1 then 'director' when 2 then 'writer' when 3 then 'producer'
                when 8 then 'composer' else 'cast' end,
       case when pos between 4 and 7 then pg_temp.pick(v.first_names, f.idx * 10 + pos, 41) end,
       pos
  from vocab v, film_map f,
       generate_series(1, 4 + f.idx % 5) pos,
       person_map p
 where p.idx = :n_journalists + 1
               + floor(pg_temp.rnd(f.idx * 10 + pos, 42) * (:n_people - :n_journalists))::int;

-- Articles. Published ones are bench-article-000001 (the newest, at the anchor) to bench-article-<n>, one every
-- few hours back over five years; one in ten is in Spanish. Authors are skewed: a few journalists write most.
insert into article (slug, title, dek, summary, body, language, status, published_at, author_id, hero_image_url,
                     hero_image_alt, hero_image_caption, hero_image_credit, tags, created_at, updated_at)
select a.slug,
       a.title,
       pg_temp.sentence(a.language, a.i, 52),
       pg_temp.sentence(a.language, a.i, 53) || ' ' || pg_temp.sentence(a.language, a.i, 54),
       pg_temp.paragraph(a.language, a.i, 55) || E'\n\n' || pg_temp.paragraph(a.language, a.i, 56) || E'\n\n'
           || pg_temp.paragraph(a.language, a.i, 57),
       a.language,
       a.status,
       a.published_at,
       (select id from person_map where idx = 1 + floor(pow(pg_temp.rnd(a.i, 58), 2) * :n_journalists)::int),
       case when pg_temp.rnd(a.i, 59) < 0.8 then 'https://images.example.org/bench/' || a.slug || '.jpg' end,
       case when pg_temp.rnd(a.i, 59) < 0.8 then pg_temp.sentence(a.language, a.i, 60) end,
       case when pg_temp.rnd(a.i, 59) < 0.5 then pg_temp.sentence(a.language, a.i, 61) end,
       case when pg_temp.rnd(a.i, 59) < 0.5 then 'Photo: ' || pg_temp.pick(v.studios, a.i, 62) end,
       array(select distinct pg_temp.pick(v.tags, a.i * 10 + k, 63) from generate_series(1, 1 + a.i % 3) k),
       coalesce(a.published_at, timestamptz '2025-01-01 00:00:00+00' - a.i * interval '1 hour') - interval '2 hours',
       coalesce(a.published_at, timestamptz '2025-01-01 00:00:00+00' - a.i * interval '1 hour')
           + case when pg_temp.rnd(a.i, 64) < 0.2 then interval '3 days' else interval '0' end
  from vocab v,
       lateral (
           select k.slug, k.i, k.status,
                  case when k.i % 10 = 3 then 'es' else 'en' end as language,
                  case when k.i % 10 = 3 then pg_temp.title(v.es, k.i, 51, 4 + k.i % 4)
                       else pg_temp.title(v.en, k.i, 51, 4 + k.i % 5) end as title,
                  case k.status
                      when 'published' then timestamptz '2025-01-01 00:00:00+00'
                              - (k.i - 1) * (interval '1826 days' / :n_articles)
                              - pg_temp.rnd(k.i, 50) * (interval '1826 days' / :n_articles)
                      when 'archived' then timestamptz '2019-01-01 00:00:00+00' - k.i * interval '1 day'
                      when 'scheduled' then timestamptz '2100-01-01 00:00:00+00' + k.i * interval '1 hour'
                  end as published_at
             from (select 'bench-article-' || lpad(i::text, 6, '0') as slug, i, 'published' as status
                     from generate_series(1, :n_articles) i
                   union all
                   select 'bench-draft-' || lpad(i::text, 6, '0'), :n_articles + i, 'draft'
                     from generate_series(1, :n_drafts) i
                   union all
                   select 'bench-archived-' || lpad(i::text, 6, '0'), :n_articles + :n_drafts + i, 'archived'
                     from generate_series(1, :n_archived) i
                   union all
                   select 'bench-scheduled-' || lpad(i::text, 6, '0'), :n_articles + :n_drafts + :n_archived + i, 'scheduled'
                     from generate_series(1, :n_scheduled) i) k) a;

create temporary table article_map on commit drop as
select substr(slug, 15)::int as idx, id, published_at from article where slug like 'bench-article-%';
create unique index on article_map (idx);
analyze article_map;

-- Who and what each published article is about: 0 to 3 people, 0 to 2 films, each once, in positions from 0
-- without gaps (the order columns of Article.people and Article.films).
insert into article_person (article_id, person_id, position)
select article_id, person_id, row_number() over (partition by article_id order by first) - 1
  from (select a.id as article_id, p.id as person_id, min(pos) as first
          from article_map a, generate_series(1, a.idx % 4) pos, person_map p
         where p.idx = :n_journalists + 1
                       + floor(pg_temp.rnd(a.idx * 10 + pos, 71) * (:n_people - :n_journalists))::int
         group by a.id, p.id) picked;

insert into article_film (article_id, film_id, position)
select article_id, film_id, row_number() over (partition by article_id order by first) - 1
  from (select a.id as article_id, f.id as film_id, min(pos) as first
          from article_map a, generate_series(1, a.idx % 3) pos, film_map f
         where f.idx = 1 + floor(pg_temp.rnd(a.idx * 10 + pos, 72) * :n_films)::int
         group by a.id, f.id) picked;

-- Comments, with explicit ids above the seed's so that replies can name their parents by arithmetic. Threads
-- start on an article chosen with a skew towards the newest (the article at u^2 of the list, u uniform);
-- replies go under a comment of the level above, on its article, a little later.
select coalesce(max(id), 0) as comment_base from comment
\gset

insert into comment (id, article_id, parent_id, depth, author_name, author_email, body, status, moderated_at,
                     created_at, updated_at)
select :comment_base + j, a.id, null, 1,
       pg_temp.pick(v.first_names, j, 81) || ' ' || left(pg_temp.pick(v.last_names, j, 82), 1) || '.',
       case when pg_temp.rnd(j, 83) < 0.5 then 'reader' || j || '@example.org' end,
       pg_temp.sentence(case when a.idx % 10 = 3 then 'es' else 'en' end, j, 84)
           || case when pg_temp.rnd(j, 85) < 0.5 then ' ' || pg_temp.sentence('en', j, 86) else '' end,
       s.status,
       case when s.status <> 'pending' then t.at end,
       t.at, t.at
  from vocab v, generate_series(1, :n_roots) j
  join article_map a on a.idx = 1 + floor(pow(pg_temp.rnd(j, 80), 2) * :n_articles)::int,
       lateral (select least(timestamptz '2025-01-01 00:00:00+00',
                             a.published_at + pg_temp.rnd(j, 87) * interval '20 days') as at) t,
       lateral (select case when r < 0.85 then 'approved' when r < 0.94 then 'pending'
                            when r < 0.97 then 'spam' else 'rejected' end as status
                  from pg_temp.rnd(j, 88) r) s;

insert into comment (id, article_id, parent_id, depth, author_name, author_email, body, status, moderated_at,
                     created_at, updated_at)
select :comment_base + :n_roots + j, p.article_id, p.id, 2,
       pg_temp.pick(v.first_names, j, 91) || ' ' || left(pg_temp.pick(v.last_names, j, 92), 1) || '.',
       case when pg_temp.rnd(j, 93) < 0.5 then 'reply' || j || '@example.org' end,
       pg_temp.sentence('en', j, 94),
       case when pg_temp.rnd(j, 95) < 0.9 then 'approved' else 'pending' end,
       p.created_at + interval '1 hour',
       p.created_at + pg_temp.rnd(j, 96) * interval '2 days', p.created_at + pg_temp.rnd(j, 96) * interval '2 days'
  from vocab v, generate_series(1, :n_replies) j
  join comment p on p.id = :comment_base + 1 + floor(pg_temp.rnd(j, 90) * :n_roots)::int;

insert into comment (id, article_id, parent_id, depth, author_name, author_email, body, status, moderated_at,
                     created_at, updated_at)
select :comment_base + :n_roots + :n_replies + j, p.article_id, p.id, 3,
       pg_temp.pick(v.first_names, j, 101) || ' ' || left(pg_temp.pick(v.last_names, j, 102), 1) || '.',
       null,
       pg_temp.sentence('en', j, 104),
       case when pg_temp.rnd(j, 105) < 0.9 then 'approved' else 'pending' end,
       p.created_at + interval '1 hour',
       p.created_at + pg_temp.rnd(j, 106) * interval '2 days', p.created_at + pg_temp.rnd(j, 106) * interval '2 days'
  from vocab v, generate_series(1, :n_replies2) j
  join comment p on p.id = :comment_base + :n_roots + 1 + floor(pg_temp.rnd(j, 100) * :n_replies)::int;

select setval(pg_get_serial_sequence('comment', 'id'), (select max(id) from comment));

commit;

vacuum analyze;

select (select count(*) from article where slug like 'bench-article-%') as published_articles,
       (select count(*) from article where slug like 'bench-%' and status <> 'published') as other_articles,
       (select count(*) from person where slug like 'bench-person-%') as people,
       (select count(*) from film where slug like 'bench-film-%') as films,
       (select count(*) from credit) as credits,
       (select count(*) from comment) as comments,
       (select count(*) from comment where status = 'approved') as approved_comments;
