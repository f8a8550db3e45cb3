package dev.contentapi.person;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A person's tie to an organisation: where they worked, what they founded, whom they represent. */
@Schema(name = "Affiliation")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Affiliation(
        @Schema(example = "Tierra Luna Engineering, LLC", required = true) String organisation,
        @Schema(example = "Founder and consultant") String role,
        @Schema(description = "The year it began, when known.", example = "2012") Integer fromYear,
        @Schema(description = "The year it ended, when known and over.") Integer toYear) {
}
