-- Indexes for the list filters that V1 did not already serve. Every filter and sort of the public lists is
-- backed by an index:
--   articles: published_at (article_published_idx), title (article_title_idx), updated_at, author (article_author_idx),
--             person / film (article_person_person_idx, article_film_film_idx), tags (GIN), language (below);
--   people:   sort_name, updated_at, roles (GIN);
--   films:    release_date, title, updated_at, genres (GIN), person (credit_person_idx);
--   comments: the approved threads of an article (comment_article_approved_idx).

-- Published articles in one language, newest first: the language filter with the default order.
create index article_language_published_idx on article (language, published_at desc nulls last, id desc)
    where status = 'published';

-- Published articles by most recent change, the order of a feed that follows edits.
create index article_published_updated_idx on article (updated_at, id) where status = 'published';
