package dev.contentapi.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.contentapi.common.query.ListPage;

/** Searches published articles, people and films, and turns the hits into what the API shows. */
@ApplicationScoped
public class SearchService {

    private final SearchRepository search;

    SearchService(SearchRepository search) {
        this.search = search;
    }

    /** In one transaction, to which the search query confines its setting of the trigram similarity threshold. */
    @Transactional
    public SearchPage search(SearchQuery query) {
        ListPage<SearchRepository.Row> rows = search.search(query);
        return new SearchPage(rows.items().stream().map(SearchService::toHit).toList(), rows.meta());
    }

    static SearchHit toHit(SearchRepository.Row row) {
        return new SearchHit(row.type(), row.slug(), row.title(), Snippets.toHtml(row.snippet()), row.rank(),
                row.type().selfOf(row.slug()));
    }
}
