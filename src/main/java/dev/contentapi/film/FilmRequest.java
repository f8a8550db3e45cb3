package dev.contentapi.film;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A film as an editor writes it, with its credits in billing order. The server owns the rest (id, version, dates): a
 * body that names them is refused. People are given by slug.
 */
@Schema(name = "FilmRequest")
public record FilmRequest(
        @Schema(example = "a-million-miles-away", required = true) @NotNull @Pattern(regexp = SLUG, message = SLUG_RULE) @Size(max = 200) String slug,
        @Schema(example = "A Million Miles Away", required = true) @NotBlank @Size(max = 300) String title,
        @Schema(description = "The title in its first release, when it differs.") @Size(max = 300) String originalTitle,
        @Schema(description = "First release, an ISO date.", example = "2023-09-15") LocalDate releaseDate,
        @Schema(description = "Running time in minutes.", example = "121") @Positive @Max(10_000) Integer runtimeMinutes,
        @Schema(example = "Amazon Prime Video") @Size(max = 200) String platform,
        @Schema(example = "Amazon Studios") @Size(max = 200) String studio,
        @Size(max = 20_000) String synopsis,
        @Schema(example = "[\"Mexico\"]") @Size(max = 50) List<@NotBlank @Size(max = 100) String> filmingCountries,
        @Schema(example = "[\"drama\"]") @Size(max = 20) List<@NotBlank @Size(max = 50) String> genres,
        @Schema(description = "Who made it and whom it is about, in billing order.") @Size(max = 500) List<@NotNull @Valid CreditRequest> credits) {

    static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";
    static final String SLUG_RULE = "must be lower-case letters and digits in words joined by '-'";
    static final String KINDS = "director|writer|producer|cast|subject|cinematographer|editor|composer";

    /** A person's part in the film, as an editor gives it. */
    @Schema(name = "CreditRequest")
    public record CreditRequest(
            @Schema(description = "The person's slug.", example = "michael-pena", required = true) @NotNull @Pattern(regexp = SLUG, message = SLUG_RULE) @Size(max = 200) String person,
            @Schema(enumeration = {
                    "director", "writer", "producer", "cast", "subject", "cinematographer", "editor",
                    "composer" }, example = "cast", required = true) @NotNull @Pattern(regexp = KINDS, message = "must be one of "
                            + KINDS) String kind,
            @Schema(description = "The part played; only for cast credits.", example = "José Hernández") @Size(max = 300) String characterName){
    }
}
