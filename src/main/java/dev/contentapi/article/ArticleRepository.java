package dev.contentapi.article;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import dev.contentapi.common.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

/** Every query about articles. The public ones see published articles only. */
@ApplicationScoped
public class ArticleRepository implements PanacheRepository<Article> {

    private static final String PUBLISHED = "status = ?1";
    private static final String PUBLISHED_BY = "status = ?1 and author.id = ?2";

    public Optional<Article> findPublishedBySlug(String slug) {
        return find("slug = ?1 and status = ?2", slug, ArticleStatus.PUBLISHED).firstResultOptional();
    }

    public List<Article> pagePublished(Sort sort, PageRequest page) {
        return find(PUBLISHED, sort, ArticleStatus.PUBLISHED).page(Page.of(page.page() - 1, page.size())).list();
    }

    public long countPublished() {
        return count(PUBLISHED, ArticleStatus.PUBLISHED);
    }

    public List<Article> pagePublishedBy(long authorId, Sort sort, PageRequest page) {
        return find(PUBLISHED_BY, sort, ArticleStatus.PUBLISHED, authorId)
                .page(Page.of(page.page() - 1, page.size())).list();
    }

    public long countPublishedBy(long authorId) {
        return count(PUBLISHED_BY, ArticleStatus.PUBLISHED, authorId);
    }
}
