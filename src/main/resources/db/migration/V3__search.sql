-- Full-text search across published articles, people and films: PostgreSQL's own, kept by the database.
--
-- Each searchable table gets a generated, stored `search_vector` (weights: A for the title or name, B for the
-- summary or short text, C for the long text) with a GIN index, so the vectors are never out of date and the
-- application never writes them. Matching is accent-insensitive: the text search configurations below pass every
-- word through the `unaccent` dictionary before stemming it, so `jose hernandez` finds José Hernández. Doing it per
-- word (rather than unaccenting the whole text first) lets ts_headline highlight the text as it is written, accents
-- included. Names and titles also match by prefix and small typos through trigram indexes (pg_trgm) over their
-- lower-case, unaccented form.
--
-- Both extensions are trusted (PostgreSQL 13 and later), so a database owner without superuser may create them.

create extension if not exists unaccent;
create extension if not exists pg_trgm;

-- unaccent() is only STABLE (its dictionary could change); naming the dictionary makes the result depend on its
-- argument alone, which is what an index or a generated column needs.
create function content_unaccent(text) returns text
    language sql immutable parallel safe strict
    as $$ select public.unaccent('public.unaccent'::regdictionary, $1) $$;

comment on function content_unaccent(text) is 'unaccent() with a fixed dictionary, immutable: for indexes and generated columns';

-- The words of a text array (film genres) as one text. array_to_string is STABLE, as element types may print
-- differently with settings; text does not, so for text[] the result depends on the argument alone.
create function content_words(text[]) returns text
    language sql immutable parallel safe strict
    as $$ select array_to_string($1, ' ') $$;

-- Accent-insensitive copies of the built-in configurations: each word is unaccented, then stemmed as before.
create text search configuration content_english (copy = english);
alter text search configuration content_english
    alter mapping for asciiword, asciihword, hword_asciipart, word, hword, hword_part with unaccent, english_stem;

create text search configuration content_spanish (copy = spanish);
alter text search configuration content_spanish
    alter mapping for asciiword, asciihword, hword_asciipart, word, hword, hword_part with unaccent, spanish_stem;

-- People: names are not stemmed ("Adela" is not a form of "adel"), but English stop words are left out, so that
-- `the astronaut` asks for what `astronaut` asks for.
create text search dictionary content_simple_dict (template = pg_catalog.simple, stopwords = english);
create text search configuration content_simple (copy = simple);
alter text search configuration content_simple
    alter mapping for asciiword, asciihword, hword_asciipart, word, hword, hword_part with unaccent, content_simple_dict;

-- The configuration for an article's language, in the vector and in the query alike. Qualified names, so that the
-- answer never depends on a session's search_path.
create function content_search_config(language text) returns regconfig
    language sql immutable parallel safe
    as $$ select case $1 when 'es' then 'public.content_spanish'::regconfig else 'public.content_english'::regconfig end $$;

alter table article add column search_vector tsvector generated always as (
    setweight(to_tsvector(content_search_config(language), coalesce(title, '')), 'A') ||
    setweight(to_tsvector(content_search_config(language), coalesce(dek, '') || ' ' || coalesce(summary, '')), 'B') ||
    setweight(to_tsvector(content_search_config(language), coalesce(body, '')), 'C')
) stored;

alter table person add column search_vector tsvector generated always as (
    setweight(to_tsvector('content_simple', coalesce(name, '') || ' ' || coalesce(sort_name, '')), 'A') ||
    setweight(to_tsvector('content_simple', coalesce(short_bio, '')), 'B') ||
    setweight(to_tsvector('content_simple', coalesce(long_bio, '')), 'C')
) stored;

alter table film add column search_vector tsvector generated always as (
    setweight(to_tsvector('content_english', coalesce(title, '') || ' ' || coalesce(original_title, '')), 'A') ||
    setweight(to_tsvector('content_english', coalesce(synopsis, '')), 'B') ||
    setweight(to_tsvector('content_english', coalesce(content_words(genres), '')), 'C')
) stored;

comment on column article.search_vector is 'Generated: title (A), dek and summary (B), body (C), stemmed in the article''s language';
comment on column person.search_vector is 'Generated: name and sort name (A), short bio (B), long bio (C), not stemmed';
comment on column film.search_vector is 'Generated: title and original title (A), synopsis (B), genres (C), stemmed in English';

-- Only published articles are ever searched, so their indexes leave the rest out. The queries say
-- status = 'published' as a literal, so that the planner can always use these partial indexes.
create index article_search_idx on article using gin (search_vector) where status = 'published';
create index person_search_idx on person using gin (search_vector);
create index film_search_idx on film using gin (search_vector);

create index article_title_trgm_idx on article using gin (content_unaccent(lower(title)) gin_trgm_ops)
    where status = 'published';
create index person_name_trgm_idx on person using gin (content_unaccent(lower(name)) gin_trgm_ops);
create index film_title_trgm_idx on film using gin (content_unaccent(lower(title)) gin_trgm_ops);
