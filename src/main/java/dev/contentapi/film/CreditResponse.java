package dev.contentapi.film;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.contentapi.person.PersonRef;

/** A person's part in a film, seen from the film. */
@Schema(name = "Credit")
public record CreditResponse(
        @Schema(example = "cast", required = true) CreditKind kind,
        @Schema(nullable = true, description = "The part played, for cast credits.", example = "José Hernández") String characterName,
        @Schema(required = true) PersonRef person) {
}
