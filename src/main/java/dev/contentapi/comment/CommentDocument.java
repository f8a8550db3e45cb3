package dev.contentapi.comment;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One comment, with its approved replies. */
@Schema(name = "CommentDocument")
public record CommentDocument(@Schema(required = true) CommentResponse data) {
}
