package dev.contentapi.film;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A film as the API shows it, with its credits. */
@Schema(name = "Film")
public record FilmResponse(
        @Schema(example = "1", required = true) long id,
        @Schema(example = "a-million-miles-away", required = true) String slug,
        @Schema(example = "A Million Miles Away", required = true) String title,
        @Schema(description = "The title in its first release, when it differs.") String originalTitle,
        @Schema(description = "First release, as a calendar date.", example = "2023-09-15") LocalDate releaseDate,
        @Schema(description = "Running time in minutes, when known.") Integer runtimeMinutes,
        @Schema(description = "Where it was released to the public.", example = "Amazon Prime Video") String platform,
        @Schema(description = "The studio or distributor that released it.", example = "Amazon Studios") String studio,
        String synopsis,
        @Schema(description = "Countries it was shot in.", example = "[\"Mexico\"]", required = true) List<String> filmingCountries,
        @Schema(required = true) List<String> genres,
        @Schema(description = "Who made it and whom it is about, in billing order.", required = true) List<CreditResponse> credits,
        @Schema(description = "Changes on every edit.", example = "0", required = true) long version,
        @Schema(required = true) Instant updatedAt,
        @Schema(example = "/api/v1/films/a-million-miles-away", required = true) String self) {
}
