package dev.contentapi.common.paging;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a page stands in its list. */
@Schema(name = "PageMeta")
public record PageMeta(
        @Schema(description = "This page, from 1.", example = "1", required = true) int page,
        @Schema(description = "Items per page asked for.", example = "20", required = true) int size,
        @Schema(description = "Items in the whole list.", example = "5", required = true) long totalItems,
        @Schema(description = "Pages in the whole list; 0 for an empty list.", example = "1", required = true) int totalPages) {

    public static PageMeta of(PageRequest request, long totalItems) {
        int totalPages = (int) ((totalItems + request.size() - 1) / request.size());
        return new PageMeta(request.page(), request.size(), totalItems, totalPages);
    }
}
