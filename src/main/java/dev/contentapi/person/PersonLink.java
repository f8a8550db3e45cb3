package dev.contentapi.person;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page about a person elsewhere on the web. */
@Schema(name = "PersonLink")
public record PersonLink(
        @Schema(example = "Official website", required = true) String label,
        @Schema(example = "https://example.org/", required = true) String url) {
}
