package dev.contentapi.comment;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import dev.contentapi.article.ArticleStatus;
import dev.contentapi.common.query.CursorCodec;
import dev.contentapi.common.query.ListPage;
import dev.contentapi.common.query.ListQuery;
import dev.contentapi.common.query.ListRunner;
import dev.contentapi.common.query.SqlQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;

/** Every query about comments. The public ones see approved comments on published articles only. */
@ApplicationScoped
public class CommentRepository implements PanacheRepository<Comment> {

    private final CursorCodec cursors;

    CommentRepository(CursorCodec cursors) {
        this.cursors = cursors;
    }

    /**
     * An approved comment on a published article whose every ancestor is approved too: a reply under a hidden comment
     * stays hidden, as it is in the threads.
     */
    public Optional<Comment> findPublic(long id) {
        return find("""
                select c from Comment c left join c.parent p left join p.parent g
                where c.id = ?1 and c.status = ?2 and c.article.status = ?3
                  and (p is null or p.status = ?2) and (g is null or g.status = ?2)""",
                id, CommentStatus.APPROVED, ArticleStatus.PUBLISHED).firstResultOptional();
    }

    /**
     * A page of the approved comments on an article that are not replies, of which there are {@code total} (kept on
     * the article's row: see {@link dev.contentapi.article.ArticleRepository.PublishedArticle#threads()}).
     */
    public ListPage<Comment> pageApprovedRoots(long articleId, long total, ListQuery<Comment> query) {
        SqlQuery where = new SqlQuery();
        where.and("c.article_id = " + where.param(articleId))
                .and("c.status = 'approved'")
                .and("c.parent_id is null");
        return ListRunner.run(getEntityManager(), Comment.class, "comment c", where, total, query, cursors);
    }

    /** A page of the comments with this status, on any article: the moderation queue. */
    public ListPage<Comment> pageWithStatus(CommentStatus status, ListQuery<Comment> query) {
        SqlQuery where = new SqlQuery();
        where.and("c.status = " + where.param(status.code()));
        return ListRunner.run(getEntityManager(), Comment.class, "comment c", where, query, cursors);
    }

    /** Whether this client sent this very comment on this article within the window. */
    public boolean sentRecently(long articleId, String client, String body, Duration window) {
        return count("article.id = ?1 and clientHash = ?2 and body = ?3 and createdAt > ?4", articleId, client, body,
                Instant.now().minus(window)) > 0;
    }

    /**
     * The approved replies to any of these comments, oldest first, in one statement. In SQL with an array parameter,
     * one statement text whatever the number of parents: a query with an {@code in} list would have Hibernate build
     * its plan anew for every length.
     */
    @SuppressWarnings("unchecked")
    public List<Comment> approvedRepliesTo(Collection<Long> parentIds) {
        if (parentIds.isEmpty()) {
            return List.of();
        }
        return getEntityManager().createNativeQuery("select * from comment where parent_id = any (:parents) "
                + "and status = 'approved' order by created_at, id", Comment.class)
                .setParameter("parents", parentIds.toArray(Long[]::new))
                .getResultList();
    }
}
