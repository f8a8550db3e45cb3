package dev.contentapi.film;

import java.time.LocalDate;
import java.util.List;

import dev.contentapi.common.query.FilterValues;
import dev.contentapi.common.query.SqlQuery;

/** Which films a list shows: those matching the words of {@code q}, if any, and each filter (any of its values). */
public record FilmFilter(String q, List<String> people, LocalDate releasedAfter, LocalDate releasedBefore,
        List<String> genres) {

    public static FilmFilter crediting(String personSlug) {
        return new FilmFilter(null, List.of(personSlug), null, null, List.of());
    }

    /** The SQL conditions over {@code film f}, each backed by an index. */
    public SqlQuery where() {
        SqlQuery sql = new SqlQuery();
        if (q != null) {
            sql.and("f.search_vector @@ websearch_to_tsquery('content_english', " + sql.param(q) + ")");
        }
        if (!people.isEmpty()) {
            sql.and("exists (select 1 from credit c join person p on p.id = c.person_id"
                    + " where c.film_id = f.id and p.slug in (" + sql.param(people) + "))");
        }
        if (releasedAfter != null) {
            sql.and("f.release_date >= " + sql.param(releasedAfter));
        }
        if (releasedBefore != null) {
            sql.and("f.release_date < " + sql.param(releasedBefore));
        }
        if (!genres.isEmpty()) {
            sql.and("f.genres && " + sql.array(genres));
        }
        return sql;
    }

    public String fingerprint() {
        return FilterValues.canonical("q", q) + FilterValues.canonical("person", people)
                + FilterValues.canonical("releasedAfter", releasedAfter)
                + FilterValues.canonical("releasedBefore", releasedBefore) + FilterValues.canonical("genre", genres);
    }
}
