package dev.contentapi.film;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A film as the API shows it, with its credits. */
@Schema(name = "Film", description = "A film. Every property comes, unless the request names `fields` (or, for included films, `fields[films]`): then only those, with id, slug and self.")
public record FilmResponse(
        @Schema(example = "1", required = true) long id,
        @Schema(example = "a-million-miles-away", required = true) String slug,
        @Schema(example = "A Million Miles Away") String title,
        @Schema(nullable = true, description = "The title in its first release, when it differs.") String originalTitle,
        @Schema(nullable = true, description = "First release, as a calendar date.", example = "2023-09-15") LocalDate releaseDate,
        @Schema(nullable = true, description = "Running time in minutes, when known.") Integer runtimeMinutes,
        @Schema(nullable = true, description = "Where it was released to the public.", example = "Amazon Prime Video") String platform,
        @Schema(nullable = true, description = "The studio or distributor that released it.", example = "Amazon Studios") String studio,
        @Schema(nullable = true) String synopsis,
        @Schema(description = "Countries it was shot in.", example = "[\"Mexico\"]") List<String> filmingCountries,
        List<String> genres,
        @Schema(description = "Who made it and whom it is about, in billing order.") List<CreditResponse> credits,
        @Schema(description = "Changes on every edit.", example = "0") long version,
        Instant updatedAt,
        @Schema(example = "/api/v1/films/a-million-miles-away", required = true) String self) {
}
