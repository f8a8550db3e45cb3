package dev.contentapi.comment;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.contentapi.article.ArticleRef;

/** A comment as moderators see it: with its status, the author's email and the moderation note. */
@Schema(name = "ModeratedComment")
public record ModeratedCommentResponse(
        @Schema(example = "12", required = true) long id,
        @Schema(example = "pending", required = true) CommentStatus status,
        @Schema(nullable = true) Long parentId,
        @Schema(example = "1", required = true) int depth,
        @Schema(nullable = true) String authorName,
        @Schema(nullable = true, description = "Private: moderators only.") String authorEmail,
        @Schema(required = true) String body,
        @Schema(nullable = true, description = "Private: moderators only.") String moderationNote,
        @Schema(nullable = true) Instant moderatedAt,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) ArticleRef article,
        @Schema(description = "Changes on every moderation.", required = true) long version,
        @Schema(example = "/api/v1/comments/12", required = true) String self) {
}
