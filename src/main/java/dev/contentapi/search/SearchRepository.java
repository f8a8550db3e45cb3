package dev.contentapi.search;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import dev.contentapi.common.paging.PageMeta;
import dev.contentapi.common.query.ListPage;

/**
 * The search query: PostgreSQL full-text search over the generated {@code search_vector} columns (see
 * {@code V3__search.sql}), plus trigram matching of names and titles, merged so that each item appears once with its
 * best rank. Only published articles are ever matched or counted. Every value from the request is a bound parameter.
 */
@ApplicationScoped
public class SearchRepository {

    /**
     * How close each word of the query must come to a name or title for it to match approximately (pg_trgm's word
     * similarity, 0 to 1): {@code hernan} comes to 0.86 of "José Hernández", {@code abela} to 0.67 of "Alejandra
     * Márquez Abella", a ten-letter word with one letter wrong to 0.57 of the right one.
     */
    static final String WORD_SIMILARITY_THRESHOLD = "0.5";

    /** ts_headline's options: up to two passages of up to 25 words, the matches between the snippet markers. */
    static final String HEADLINE_OPTIONS = "StartSel=" + Snippets.MATCH_START + ", StopSel=" + Snippets.MATCH_END
            + ", MaxFragments=2, MaxWords=25, MinWords=12, FragmentDelimiter=\" … \"";

    /**
     * Every match, with its rank: full text in each table (articles in their own language's configuration), and, for
     * plain queries, names and titles that each word of the query comes close to by trigrams (the whole query first,
     * which the trigram indexes answer, then word by word, so that no word is ignored). Full-text ranks are ts_rank_cd with the
     * weights D 0.1,
     * C 0.2 (body, long bio, genres), B 0.4 (dek, summary, short bio, synopsis), A 1.0 (title, name), normalised to
     * rank / (rank + 1); a trigram match ranks as one word of a title found by full text (0.5) times its similarity.
     * Literals, not parameters, say status = 'published' and the language, so that the planner can always use the
     * partial indexes, whatever plan it caches.
     */
    private static final String MATCHES = """
            with matches as (
                select 'article' as type, a.id,
                       ts_rank_cd(cast(array[0.1, 0.2, 0.4, 1.0] as real[]), a.search_vector,
                                  websearch_to_tsquery('content_english', :q), 32) as rank
                  from article a
                 where :articles and a.status = 'published' and a.language = 'en'
                   and a.search_vector @@ websearch_to_tsquery('content_english', :q)
                union all
                select 'article', a.id,
                       ts_rank_cd(cast(array[0.1, 0.2, 0.4, 1.0] as real[]), a.search_vector,
                                  websearch_to_tsquery('content_spanish', :q), 32)
                  from article a
                 where :articles and a.status = 'published' and a.language = 'es'
                   and a.search_vector @@ websearch_to_tsquery('content_spanish', :q)
                union all
                select 'person', p.id,
                       ts_rank_cd(cast(array[0.1, 0.2, 0.4, 1.0] as real[]), p.search_vector,
                                  websearch_to_tsquery('content_simple', :q), 32)
                  from person p
                 where :people and p.search_vector @@ websearch_to_tsquery('content_simple', :q)
                union all
                select 'film', f.id,
                       ts_rank_cd(cast(array[0.1, 0.2, 0.4, 1.0] as real[]), f.search_vector,
                                  websearch_to_tsquery('content_english', :q), 32)
                  from film f
                 where :films and f.search_vector @@ websearch_to_tsquery('content_english', :q)
                union all
                select 'article', a.id, word_similarity(content_unaccent(lower(:q)), content_unaccent(lower(a.title))) / 2
                  from article a
                 where :approximate and :articles and a.status = 'published'
                   and content_unaccent(lower(:q)) <% content_unaccent(lower(a.title))
                   and not exists (select from regexp_split_to_table(content_unaccent(lower(:q)), '\\s+') word
                                    where cardinality(show_trgm(word)) > 0
                                      and not word <% content_unaccent(lower(a.title)))
                union all
                select 'person', p.id, word_similarity(content_unaccent(lower(:q)), content_unaccent(lower(p.name))) / 2
                  from person p
                 where :approximate and :people
                   and content_unaccent(lower(:q)) <% content_unaccent(lower(p.name))
                   and not exists (select from regexp_split_to_table(content_unaccent(lower(:q)), '\\s+') word
                                    where cardinality(show_trgm(word)) > 0
                                      and not word <% content_unaccent(lower(p.name)))
                union all
                select 'film', f.id, word_similarity(content_unaccent(lower(:q)), content_unaccent(lower(f.title))) / 2
                  from film f
                 where :approximate and :films
                   and content_unaccent(lower(:q)) <% content_unaccent(lower(f.title))
                   and not exists (select from regexp_split_to_table(content_unaccent(lower(:q)), '\\s+') word
                                    where cardinality(show_trgm(word)) > 0
                                      and not word <% content_unaccent(lower(f.title)))
            )
            """;

    /**
     * One page of hits, best first (ties by type, then id, so that pages never overlap), each with its total and a
     * highlighted passage of its text. ts_headline reads only the rows of the page.
     */
    private static final String PAGE = MATCHES + """
            , hits as (
                select type, id, round(cast(max(rank) as numeric), 4) as rank, count(*) over () as total
                  from matches
                 group by type, id
                 order by rank desc, type, id
                 limit :limit offset :offset
            )
            select h.type,
                   coalesce(a.slug, p.slug, f.slug) as slug,
                   coalesce(a.title, p.name, f.title) as title,
                   case h.type
                       when 'article' then ts_headline(content_search_config(a.language),
                               translate(concat_ws(' ', a.dek, a.summary, a.body), :markers, ''),
                               websearch_to_tsquery(content_search_config(a.language), :q), :headline)
                       when 'person' then ts_headline('content_simple',
                               translate(concat_ws(' ', p.short_bio, p.long_bio), :markers, ''),
                               websearch_to_tsquery('content_simple', :q), :headline)
                       else ts_headline('content_english', translate(coalesce(f.synopsis, ''), :markers, ''),
                               websearch_to_tsquery('content_english', :q), :headline)
                   end as snippet,
                   h.rank,
                   h.total
              from hits h
              left join article a on h.type = 'article' and a.id = h.id
              left join person p on h.type = 'person' and p.id = h.id
              left join film f on h.type = 'film' and f.id = h.id
             order by h.rank desc, h.type, h.id
            """;

    private static final String COUNT = MATCHES + """
            select count(*) from (select distinct type, id from matches) found
            """;

    private final EntityManager entityManager;

    SearchRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** One page of what the query finds, and how many items it finds in all. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ListPage<Row> search(SearchQuery query) {
        // The threshold of the <% operator, for this transaction only.
        entityManager.createNativeQuery("select set_config('pg_trgm.word_similarity_threshold', :threshold, true)")
                .setParameter("threshold", WORD_SIMILARITY_THRESHOLD)
                .getSingleResult();
        @SuppressWarnings("unchecked")
        List<Object[]> found = bind(entityManager.createNativeQuery(PAGE), query)
                .setParameter("markers", Snippets.MARKERS)
                .setParameter("headline", HEADLINE_OPTIONS)
                .setParameter("limit", query.page().size())
                .setParameter("offset", query.page().offset())
                .getResultList();
        List<Row> rows = found.stream().map(Row::of).toList();
        long total;
        if (!found.isEmpty()) {
            total = ((Number) found.get(0)[5]).longValue();
        } else if (query.page().page() == 1) {
            total = 0;
        } else {
            // A page past the end has no row to carry the total.
            total = ((Number) bind(entityManager.createNativeQuery(COUNT), query).getSingleResult()).longValue();
        }
        return new ListPage<>(rows, PageMeta.of(query.page(), total));
    }

    private static Query bind(Query sql, SearchQuery query) {
        Set<SearchType> types = query.types();
        return sql.setParameter("q", query.text())
                .setParameter("approximate", query.approximate())
                .setParameter("articles", types.contains(SearchType.ARTICLE))
                .setParameter("people", types.contains(SearchType.PERSON))
                .setParameter("films", types.contains(SearchType.FILM));
    }

    /** A hit as the database answers it; the snippet still has the raw markers of {@link Snippets}. */
    public record Row(SearchType type, String slug, String title, String snippet, double rank) {

        static Row of(Object[] columns) {
            return new Row(SearchType.ofCode((String) columns[0]), (String) columns[1], (String) columns[2],
                    (String) columns[3], ((Number) columns[4]).doubleValue());
        }
    }
}
