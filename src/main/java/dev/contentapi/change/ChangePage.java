package dev.contentapi.change;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of the change feed. */
@Schema(name = "ChangePage")
public record ChangePage(
        @Schema(description = "The changes, oldest first, in the order they were committed.", required = true) List<ChangeEvent> data,
        @Schema(required = true) Meta meta) {

    @Schema(name = "ChangePageMeta")
    public record Meta(
            @Schema(description = "Events per page asked for.", example = "20", required = true) int size,
            @Schema(description = "Pass as `after` to read on from here. Always present: at the end of the feed it "
                    + "stands for everything committed so far, so the next call answers only what is new.", example = "eyJzb3J0IjoiY2hhbmdlcyIsImZpbHRlcnMiOiIiLCJhZnRlciI6WyI0MiJdfQ.hVJmQjFqUH0UwK2Gq9d1-g", required = true) String nextCursor,
            @Schema(description = "Whether more events were already committed after this page: read on at once if "
                    + "so, otherwise come back later (or follow the stream).", example = "false", required = true) boolean hasMore) {
    }
}
