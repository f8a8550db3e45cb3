package dev.contentapi.person;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.contentapi.film.CreditKind;
import dev.contentapi.film.FilmRef;

/** A person's part in a film, seen from the person. */
@Schema(name = "PersonCredit")
public record PersonCreditResponse(
        @Schema(example = "director", required = true) CreditKind kind,
        @Schema(nullable = true, description = "The part played, for cast credits.", example = "José Hernández") String characterName,
        @Schema(required = true) FilmRef film) {
}
