package dev.contentapi.comment;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.contentapi.article.ArticleRef;

/** A comment just sent, as its author sees it: awaiting moderation. Never shows the email. */
@Schema(name = "SubmittedComment")
public record SubmittedCommentResponse(
        @Schema(example = "12", required = true) long id,
        @Schema(description = "`pending` until a moderator approves it.", example = "pending", required = true) CommentStatus status,
        @Schema(nullable = true) Long parentId,
        @Schema(example = "1", required = true) int depth,
        @Schema(example = "Maria", required = true) String authorName,
        @Schema(required = true) String body,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) ArticleRef article,
        @Schema(example = "/api/v1/comments/12", required = true) String self) {
}
