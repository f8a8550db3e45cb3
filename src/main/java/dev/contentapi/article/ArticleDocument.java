package dev.contentapi.article;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One article, with what {@code include} asked for. */
@Schema(name = "ArticleDocument")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ArticleDocument(
        @Schema(required = true) ArticleResponse data,
        ArticleIncluded included) {
}
