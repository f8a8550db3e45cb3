package dev.contentapi.common.paging;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a page stands in its list, and how to get the next one. */
@Schema(name = "PageMeta")
public record PageMeta(
        @Schema(nullable = true, description = "This page, from 1; null when the page was asked for by cursor.", example = "1") Integer page,
        @Schema(description = "Items per page asked for.", example = "20", required = true) int size,
        @Schema(description = "Items in the whole list (with its filters).", example = "5", required = true) long totalItems,
        @Schema(description = "Pages in the whole list; 0 for an empty list.", example = "1", required = true) int totalPages,
        @Schema(nullable = true, description = "Pass as `cursor` to get the items after this page; null on the last page.", example = "eyJzb3J0Ijoi…") String nextCursor) {

    /** A page asked for by number, of a list that pages by number only. */
    public static PageMeta of(PageRequest request, long totalItems) {
        return of(request.page(), request.size(), totalItems, null);
    }

    public static PageMeta of(Integer page, int size, long totalItems, String nextCursor) {
        int totalPages = (int) ((totalItems + size - 1) / size);
        return new PageMeta(page, size, totalItems, totalPages, nextCursor);
    }
}
