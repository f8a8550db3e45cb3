package dev.contentapi.article;

import java.time.Instant;
import java.util.List;

import dev.contentapi.common.query.FilterValues;
import dev.contentapi.common.query.SqlQuery;

/**
 * Which articles a list shows: published ones (editors may ask for other statuses), and of those those matching the words of
 * {@code q}, if any, and each filter, which matches
 * any of its values. Only published
 * articles are ever considered, whatever the filters.
 */
public record ArticleFilter(String q, List<String> authors, List<String> people, List<String> films,
        List<String> tags, List<String> languages, Instant publishedAfter, Instant publishedBefore,
        List<String> statuses) {

    public static ArticleFilter byAuthor(String slug) {
        return new ArticleFilter(null, List.of(slug), List.of(), List.of(), List.of(), List.of(), null, null,
                List.of());
    }

    /** The SQL conditions over {@code article a}, each backed by an index. */
    public SqlQuery where() {
        SqlQuery sql = new SqlQuery();
        if (statuses == null || statuses.isEmpty()) {
            sql.and("a.status = 'published'");
        } else {
            sql.and("a.status in (" + sql.param(statuses) + ")");
        }
        if (q != null) {
            // each language with its own stemming, each branch on the search vector's GIN index
            String words = sql.param(q);
            sql.and("((a.language = 'en' and a.search_vector @@ websearch_to_tsquery('content_english', " + words + "))"
                    + " or (a.language = 'es' and a.search_vector @@ websearch_to_tsquery('content_spanish', " + words
                    + ")))");
        }
        if (!authors.isEmpty()) {
            sql.and("a.author_id in (select p.id from person p where p.slug in (" + sql.param(authors) + "))");
        }
        if (!people.isEmpty()) {
            sql.and("exists (select 1 from article_person ap join person p on p.id = ap.person_id"
                    + " where ap.article_id = a.id and p.slug in (" + sql.param(people) + "))");
        }
        if (!films.isEmpty()) {
            sql.and("exists (select 1 from article_film af join film f on f.id = af.film_id"
                    + " where af.article_id = a.id and f.slug in (" + sql.param(films) + "))");
        }
        if (!tags.isEmpty()) {
            sql.and("a.tags && " + sql.array(tags));
        }
        if (!languages.isEmpty()) {
            sql.and("a.language in (" + sql.param(languages) + ")");
        }
        if (publishedAfter != null) {
            sql.and("a.published_at >= " + sql.param(publishedAfter));
        }
        if (publishedBefore != null) {
            sql.and("a.published_at < " + sql.param(publishedBefore));
        }
        return sql;
    }

    /** The canonical text of these filters, which a cursor remembers. */
    public String fingerprint() {
        return FilterValues.canonical("q", q) + FilterValues.canonical("author", authors)
                + FilterValues.canonical("person", people)
                + FilterValues.canonical("film", films) + FilterValues.canonical("tag", tags)
                + FilterValues.canonical("language", languages)
                + FilterValues.canonical("publishedAfter", publishedAfter)
                + FilterValues.canonical("publishedBefore", publishedBefore) + FilterValues.canonical("status", statuses);
    }
}
