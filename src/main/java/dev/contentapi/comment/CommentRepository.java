package dev.contentapi.comment;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import dev.contentapi.article.ArticleStatus;
import dev.contentapi.common.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

/** Every query about comments. The public ones see approved comments on published articles only. */
@ApplicationScoped
public class CommentRepository implements PanacheRepository<Comment> {

    private static final String APPROVED_ROOTS = "article.id = ?1 and status = ?2 and parent is null";
    private static final Sort OLDEST_FIRST = Sort.by("createdAt").and("id");

    public Optional<Comment> findPublic(long id) {
        return find("id = ?1 and status = ?2 and article.status = ?3", id, CommentStatus.APPROVED,
                ArticleStatus.PUBLISHED).firstResultOptional();
    }

    public List<Comment> pageApprovedRoots(long articleId, Sort sort, PageRequest page) {
        return find(APPROVED_ROOTS, sort, articleId, CommentStatus.APPROVED)
                .page(Page.of(page.page() - 1, page.size())).list();
    }

    public long countApprovedRoots(long articleId) {
        return count(APPROVED_ROOTS, articleId, CommentStatus.APPROVED);
    }

    /** The approved replies to any of these comments, oldest first. */
    public List<Comment> approvedRepliesTo(Collection<Long> parentIds) {
        if (parentIds.isEmpty()) {
            return List.of();
        }
        return list("parent.id in ?1 and status = ?2", OLDEST_FIRST, parentIds, CommentStatus.APPROVED);
    }
}
