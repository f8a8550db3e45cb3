package dev.contentapi.change;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One change, as the feed and the stream tell it. */
@Schema(name = "ChangeEvent", description = "One change of an item.")
public record ChangeEvent(
        @Schema(description = "This event's place in the feed: pass it as `after` (or, on the stream, it is the event's "
                + "`id`, which `Last-Event-ID` sends back) to read what came after it. Opaque.", example = "eyJzb3J0IjoiY2hhbmdlcyIsImZpbHRlcnMiOiIiLCJhZnRlciI6WyI0MiJdfQ.hVJmQjFqUH0UwK2Gq9d1-g", required = true) String cursor,
        @Schema(description = "The kind of item.", required = true) ChangeType type,
        @Schema(description = "The item's id.", example = "12", required = true) long id,
        @Schema(nullable = true, description = "The item's slug after the change (before it, for a deletion); null for comments.", example = "hernandez-returns") String slug,
        @Schema(nullable = true, description = "The slug before the change, when the change renamed the item (it now answers 301); "
                + "null otherwise.", example = "hernandez-comes-back") String previousSlug,
        @Schema(nullable = true, description = "For a comment: the slug of the article it is on (null once that article is deleted).", example = "hernandez-returns") String article,
        @Schema(description = "What happened: `created`, `updated`, `deleted`; for articles also `published`, "
                + "`scheduled`, `unpublished`, `archived`; for comments `moderated` (a new status).", enumeration = {
                        "created", "updated", "deleted", "published", "scheduled", "unpublished", "archived",
                        "moderated" }, example = "published", required = true) String operation,
        @Schema(nullable = true, description = "The article's or comment's status after the change; shown only to the roles that see "
                + "every change of this type (null otherwise, and for people and films).", example = "published") String status,
        @Schema(description = "The item's version after the change (its last, for a deletion): its ETag's version.", example = "3", required = true) long version,
        @Schema(description = "When the change was committed.", example = "2026-11-24T18:00:35.015325Z", required = true) Instant time,
        @Schema(description = "True when the caller can no longer read the item: deleted, or, for the public, no longer "
                + "public (unpublished, archived, a comment rejected). Drop it from caches and indexes.", example = "false", required = true) boolean tombstone,
        @Schema(nullable = true, description = "Where to read the item now; null for a tombstone.", example = "/api/v1/articles/hernandez-returns") String self){
}
