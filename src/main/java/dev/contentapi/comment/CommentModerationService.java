package dev.contentapi.comment;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;

import dev.contentapi.article.Article;
import dev.contentapi.article.ArticleRef;
import dev.contentapi.article.ArticleRepository;
import dev.contentapi.common.error.FieldProblem;
import dev.contentapi.common.error.ProblemException;
import dev.contentapi.common.http.BodyValidation;
import dev.contentapi.common.http.Versions;
import dev.contentapi.common.persistence.CodedEnum;
import dev.contentapi.common.persistence.Saves;
import dev.contentapi.common.query.ListPage;
import dev.contentapi.common.query.ListQuery;

/**
 * The writing side of comments: readers submit them (pending until approved), moderators work through the queue and
 * change their status, or delete them.
 */
@ApplicationScoped
public class CommentModerationService {

    /** The same comment from the same client within this time is refused as a duplicate. */
    static final Duration DUPLICATE_WINDOW = Duration.ofMinutes(10);

    public static final Set<String> STATUSES = Set.of("pending", "approved", "rejected", "spam");

    private final CommentRepository comments;
    private final ArticleRepository articles;
    private final BodyValidation validation;

    CommentModerationService(CommentRepository comments, ArticleRepository articles, BodyValidation validation) {
        this.comments = comments;
        this.articles = articles;
        this.validation = validation;
    }

    /**
     * A reader's comment on a published article: pending until a moderator approves it. A filled honeypot marks it as
     * spam, answered like any other so that the bot learns nothing.
     */
    @Transactional
    public SubmittedCommentResponse submit(String articleSlug, CommentRequest request, String client) {
        Article article = articles.findPublishedBySlug(articleSlug)
                .orElseThrow(() -> ProblemException.notFound("No published article has the slug '" + articleSlug + "'."));
        if (comments.sentRecently(article.id, client, request.body(), DUPLICATE_WINDOW)) {
            throw ProblemException.conflict("You sent this comment on this article a moment ago; it is awaiting moderation.",
                    "/body");
        }
        Comment comment = new Comment();
        comment.article = article;
        comment.depth = 1;
        if (request.parentId() != null) {
            Comment parent = comments.findPublic(request.parentId())
                    .filter(candidate -> candidate.article.id.equals(article.id))
                    .orElseThrow(() -> ProblemException.invalidBody(List.of(FieldProblem.pointer("/parentId",
                            "no public comment on this article has the id " + request.parentId()))));
            if (parent.depth >= Comment.MAX_DEPTH) {
                throw ProblemException.invalidBody(List.of(FieldProblem.pointer("/parentId",
                        "threads go at most " + Comment.MAX_DEPTH + " levels deep; reply to an earlier comment")));
            }
            comment.parent = parent;
            comment.depth = (short) (parent.depth + 1);
        }
        comment.authorName = request.authorName().strip();
        comment.authorEmail = request.authorEmail() == null || request.authorEmail().isBlank() ? null
                : request.authorEmail().strip();
        comment.body = request.body();
        boolean bot = request.website() != null && !request.website().isBlank();
        comment.status = bot ? CommentStatus.SPAM : CommentStatus.PENDING;
        comment.clientHash = client;
        comments.persistAndFlush(comment);
        return new SubmittedCommentResponse(comment.id, CommentStatus.PENDING,
                comment.parent == null ? null : comment.parent.id, comment.depth, comment.authorName, comment.body,
                comment.createdAt, ArticleRef.of(article), CommentService.PATH + "/" + comment.id);
    }

    /** The comments with a status, oldest first: the moderation queue. */
    public ModerationPage queue(CommentStatus status, ListQuery<Comment> query) {
        ListPage<Comment> page = comments.pageWithStatus(status, query);
        return new ModerationPage(page.items().stream().map(CommentModerationService::toResponse).toList(),
                page.meta());
    }

    @Transactional
    public ModeratedCommentResponse moderate(long id, String ifMatch, JsonNode patch) {
        Comment comment = forChange(id, ifMatch);
        ModerationRequest decision = validation.patch(
                new ModerationRequest(comment.status.code(), comment.moderationNote), patch, ModerationRequest.class);
        if (decision.status() == null) {
            throw ProblemException.invalidBody(List.of(FieldProblem.pointer("/status", "must not be null")));
        }
        CommentStatus status = CodedEnum.fromCode(CommentStatus.class, decision.status());
        if (status != comment.status) {
            comment.moderatedAt = Instant.now();
        }
        comment.status = status;
        comment.moderationNote = decision.moderationNote();
        flush();
        return toResponse(comment);
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        comments.delete(forChange(id, ifMatch));
        flush();
    }

    private Comment forChange(long id, String ifMatch) {
        Comment comment = comments.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("No comment has the id " + id + "."));
        Versions.require(ifMatch, comment.version);
        return comment;
    }

    private void flush() {
        Saves.flush(comments.getEntityManager(), "comment");
    }

    static ModeratedCommentResponse toResponse(Comment comment) {
        return new ModeratedCommentResponse(comment.id, comment.status,
                comment.parent == null ? null : comment.parent.id, comment.depth, comment.authorName,
                comment.authorEmail, comment.body, comment.moderationNote, comment.moderatedAt, comment.createdAt,
                ArticleRef.of(comment.article), comment.version, CommentService.PATH + "/" + comment.id);
    }
}
