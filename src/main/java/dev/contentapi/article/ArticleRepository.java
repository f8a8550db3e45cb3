package dev.contentapi.article;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import dev.contentapi.common.persistence.ReadOnlyReads;
import dev.contentapi.common.query.CursorCodec;
import dev.contentapi.common.query.ListPage;
import dev.contentapi.common.query.ListQuery;
import dev.contentapi.common.query.ListRunner;
import io.quarkus.hibernate.orm.panache.PanacheRepository;

/** Every query about articles. The public ones see published articles only. */
@ApplicationScoped
public class ArticleRepository implements PanacheRepository<Article> {

    private final CursorCodec cursors;

    ArticleRepository(CursorCodec cursors) {
        this.cursors = cursors;
    }

    public Optional<Article> findPublishedBySlug(String slug) {
        return find("slug = ?1 and status = ?2", slug, ArticleStatus.PUBLISHED).firstResultOptional();
    }

    /** A published article with its author, people and films, in one statement: what one article's answer shows. */
    public Optional<Article> findPublishedWithRelations(String slug) {
        ReadOnlyReads.begin(getEntityManager());
        return find("from Article a left join fetch a.author left join fetch a.people left join fetch a.films "
                + "where a.slug = ?1 and a.status = ?2", slug, ArticleStatus.PUBLISHED).singleResultOptional();
    }

    /** The id and reference of a published article, without loading it: what a page of its comments needs. */
    public Optional<PublishedArticle> findPublishedReference(String slug) {
        return getEntityManager()
                .createQuery("select a.id, a.slug, a.title, a.threadCount from Article a "
                        + "where a.slug = ?1 and a.status = ?2", Object[].class)
                .setParameter(1, slug).setParameter(2, ArticleStatus.PUBLISHED)
                .getResultStream().findFirst()
                .map(row -> new PublishedArticle((Long) row[0],
                        new ArticleRef((String) row[1], (String) row[2], ArticleRef.selfOf((String) row[1])),
                        (Long) row[3]));
    }

    /**
     * A published article's id, how relations name it, and its threads: its approved comments that are not replies.
     */
    public record PublishedArticle(long id, ArticleRef ref, long threads) {
    }

    /** Any article, whatever its status: for editors. */
    public Optional<Article> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    /** Whether any scheduled article's time has come. */
    public boolean anyDue() {
        return getEntityManager().createNativeQuery(
                "select exists (select 1 from article where status = 'scheduled' and published_at <= now())")
                .getSingleResult() == Boolean.TRUE;
    }

    /** Publishes the scheduled articles whose time has come; answers how many. */
    public int publishDue() {
        return getEntityManager().createNativeQuery("""
                update article set status = 'published', version = version + 1, updated_at = now()
                where status = 'scheduled' and published_at <= now()""").executeUpdate();
    }

    public boolean slugTakenByAnother(String slug, Long id) {
        return id == null ? count("slug", slug) > 0 : count("slug = ?1 and id <> ?2", slug, id) > 0;
    }

    public ListPage<Article> pagePublished(ArticleFilter filter, ListQuery<Article> query) {
        return ListRunner.run(getEntityManager(), Article.class, "article a", filter.where(),
                filter.fingerprint().isEmpty() ? "published_article" : null, query, cursors);
    }
}
