package dev.contentapi.comment;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.contentapi.article.ArticleRef;

/** A public comment with its approved replies: plain text, never markup, and never the author's email. */
@Schema(name = "Comment")
public record CommentResponse(
        @Schema(example = "1", required = true) long id,
        @Schema(nullable = true, description = "The comment this one replies to; null for a comment on the article.") Long parentId,
        @Schema(description = "1 for a comment on the article, 2 for a reply, 3 for a reply to a reply.", example = "1", required = true) int depth,
        @Schema(nullable = true, description = "The name the author chose to show; null when not known.") String authorName,
        @Schema(description = "Plain text: show it as text, never as HTML.", example = "Yikes. Unless they go about it like Les Miserables, it's gonna be a cringe fest.", required = true) String body,
        @Schema(required = true) Instant createdAt,
        @Schema(description = "The article it was left on.", required = true) ArticleRef article,
        @Schema(description = "Approved replies, oldest first.", required = true) List<CommentResponse> replies,
        @Schema(example = "/api/v1/comments/1", required = true) String self) {
}
