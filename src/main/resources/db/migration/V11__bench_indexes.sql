-- Indexes the EXPLAIN check of the benchmark (src/bench/explain.sh) found missing: lists that sorted every
-- matching row, or scanned the whole table, to answer one page.
--
-- Sorts on columns that are never null read the (column, id) indexes backwards when descending (the list engine
-- says "nulls last" only for columns that may be null). The two nullable sort keys need an index in the
-- direction whose null placement a backward scan cannot give.

-- Published articles, oldest first (sort=publishedAt: published_at asc nulls last); article_published_idx
-- serves newest first.
create index article_published_asc_idx on article (published_at, id) where status = 'published';

-- Films, newest release first: the default order of the film lists (release_date desc nulls last);
-- film_release_date_idx serves oldest first.
create index film_release_date_desc_idx on film (release_date desc nulls last, id desc);

-- Articles by status, newest first: the editors' lists (?status=draft, scheduled, archived), and the scheduled
-- publishing job (status = 'scheduled' and published_at <= now()), which read the whole table without it.
create index article_status_published_idx on article (status, published_at desc nulls last, id desc);

-- The public threads of an article: its approved comments that are not replies, in time order either way, and
-- their count. comment_article_approved_idx holds the replies too, which the page then had to fetch and filter.
create index comment_article_roots_idx on comment (article_id, created_at, id)
    where status = 'approved' and parent_id is null;
