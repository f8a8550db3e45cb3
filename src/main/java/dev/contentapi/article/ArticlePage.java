package dev.contentapi.article;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.contentapi.common.paging.PageMeta;

/** A page of articles, with what {@code include} asked for. */
@Schema(name = "ArticlePage")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ArticlePage(
        @Schema(required = true) List<ArticleResponse> data,
        @Schema(required = true) PageMeta meta,
        ArticleIncluded included) {
}
