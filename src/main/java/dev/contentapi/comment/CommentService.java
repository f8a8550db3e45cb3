package dev.contentapi.comment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import dev.contentapi.article.ArticleRef;
import dev.contentapi.article.ArticleRepository;
import dev.contentapi.common.Api;
import dev.contentapi.common.error.ProblemException;
import dev.contentapi.common.query.ListPage;
import dev.contentapi.common.query.ListQuery;
import dev.contentapi.common.query.ListSpec;
import dev.contentapi.common.query.SortKey;

/**
 * Reads the public side of comments: approved comments on published articles, as threads. A reply shows only under an
 * approved parent, so nothing hidden by moderation surfaces through its replies.
 */
@ApplicationScoped
public class CommentService {

    public static final String PATH = Api.V1 + "/comments";
    /** What comment lists allow: sort fields, default sort, and no includes. */
    public static final ListSpec<Comment> LIST = new ListSpec<>(
            Map.of("createdAt", SortKey.of("createdAt", "c.created_at", "timestamptz", false, c -> c.createdAt)),
            "createdAt", "c.id", Set.of());

    private final CommentRepository comments;
    private final ArticleRepository articles;

    CommentService(CommentRepository comments, ArticleRepository articles) {
        this.comments = comments;
        this.articles = articles;
    }

    /** A page of an article's threads: its approved comments, each with its approved replies. */
    public CommentPage threads(String articleSlug, ListQuery<Comment> query) {
        ArticleRepository.PublishedArticle article = articles.findPublishedReference(articleSlug)
                .orElseThrow(() -> ProblemException.notFound("No published article has the slug '" + articleSlug + "'."));
        ListPage<Comment> roots = comments.pageApprovedRoots(article.id(), article.threads(), query);
        return new CommentPage(withReplies(roots.items(), article.ref()), roots.meta());
    }

    public CommentDocument get(long id) {
        Comment comment = comments.findPublic(id)
                .orElseThrow(() -> ProblemException.notFound("No public comment has the id " + id + "."));
        return new CommentDocument(withReplies(List.of(comment), ArticleRef.of(comment.article)).get(0));
    }

    /** Loads the replies below these comments, one query per level whatever their number, and builds the trees. */
    private List<CommentResponse> withReplies(List<Comment> roots, ArticleRef article) {
        Map<Long, List<Comment>> repliesByParent = new HashMap<>();
        List<Comment> level = roots;
        int depth = roots.stream().mapToInt(comment -> comment.depth).min().orElse(Comment.MAX_DEPTH);
        while (!level.isEmpty() && depth < Comment.MAX_DEPTH) {
            Map<Long, Comment> parents = new LinkedHashMap<>();
            level.forEach(comment -> parents.put(comment.id, comment));
            List<Comment> replies = comments.approvedRepliesTo(parents.keySet());
            replies.forEach(reply -> repliesByParent.computeIfAbsent(reply.parent.id, id -> new ArrayList<>())
                    .add(reply));
            level = replies;
            depth++;
        }
        return roots.stream().map(root -> toResponse(root, article, repliesByParent)).toList();
    }

    private static CommentResponse toResponse(Comment comment, ArticleRef article,
            Map<Long, List<Comment>> repliesByParent) {
        List<CommentResponse> replies = repliesByParent.getOrDefault(comment.id, Collections.emptyList()).stream()
                .map(reply -> toResponse(reply, article, repliesByParent))
                .toList();
        return new CommentResponse(comment.id, comment.parent == null ? null : comment.parent.id, comment.depth,
                comment.authorName, comment.body, comment.createdAt, article, replies, PATH + "/" + comment.id);
    }
}
