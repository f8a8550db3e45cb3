package dev.contentapi.comment;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.contentapi.common.paging.PageMeta;

/** A page of an article's comment threads: the comments on the article, each with its replies. */
@Schema(name = "CommentPage")
public record CommentPage(
        @Schema(required = true) List<CommentResponse> data,
        @Schema(description = "Counts threads: comments on the article, not their replies.", required = true) PageMeta meta) {
}
