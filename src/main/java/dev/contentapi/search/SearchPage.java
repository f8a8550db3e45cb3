package dev.contentapi.search;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.contentapi.common.paging.PageMeta;

/** A page of search hits, best first. */
@Schema(name = "SearchPage")
public record SearchPage(
        @Schema(required = true) List<SearchHit> data,
        @Schema(required = true) PageMeta meta) {
}
