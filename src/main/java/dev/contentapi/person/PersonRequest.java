package dev.contentapi.person;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A person as an editor writes them. The server owns the rest (id, version, dates, credits, which are written on
 * films): a body that names them is refused.
 */
@Schema(name = "PersonRequest")
public record PersonRequest(
        @Schema(example = "jose-hernandez", required = true) @NotNull @Pattern(regexp = SLUG, message = SLUG_RULE) @Size(max = 200) String slug,
        @Schema(example = "José Hernández", required = true) @NotBlank @Size(max = 300) String name,
        @Schema(description = "How the name files in an index.", example = "Hernández, José", required = true) @NotBlank @Size(max = 300) String sortName,
        @Size(max = 2000) String shortBio,
        @Schema(description = "Markdown.") @Size(max = 200_000) String longBio,
        @Schema(description = "Occupations, lower case.", example = "[\"astronaut\", \"engineer\"]") @Size(max = 20) List<@NotNull @Size(max = 50) @Pattern(regexp = ROLE, message = ROLE_RULE) String> roles,
        @Schema(example = "Mexico") @Size(max = 300) String birthplace,
        @Size(max = 50) List<@NotNull @Valid AffiliationRequest> affiliations,
        @Size(max = 50) List<@NotNull @Valid LinkRequest> links) {

    static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";
    static final String SLUG_RULE = "must be lower-case letters and digits in words joined by '-'";
    static final String ROLE = "\\p{Ll}+([ -]\\p{Ll}+)*";
    static final String ROLE_RULE = "must be lower-case words";

    /** A tie to an organisation, as an editor gives it. */
    @Schema(name = "AffiliationRequest")
    public record AffiliationRequest(
            @Schema(example = "NASA", required = true) @NotBlank @Size(max = 300) String organisation,
            @Schema(example = "Flight engineer") @Size(max = 300) String role,
            @Schema(example = "2004") @Min(1000) @Max(9999) Integer fromYear,
            @Schema(example = "2011") @Min(1000) @Max(9999) Integer toYear) {
    }

    /** A page about the person elsewhere, as an editor gives it. */
    @Schema(name = "PersonLinkRequest")
    public record LinkRequest(
            @Schema(example = "Official website", required = true) @NotBlank @Size(max = 200) String label,
            @Schema(example = "https://example.org/", required = true) @NotNull @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an http or https URL") String url) {
    }
}
