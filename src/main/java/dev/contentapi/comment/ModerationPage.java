package dev.contentapi.comment;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.contentapi.common.paging.PageMeta;

/** A page of the moderation queue. */
@Schema(name = "ModerationPage")
public record ModerationPage(@Schema(required = true) List<ModeratedCommentResponse> data,
        @Schema(required = true) PageMeta meta) {
}
