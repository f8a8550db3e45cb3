package dev.contentapi.person;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A person as the API shows them. */
@Schema(name = "Person", description = "A person. Every property comes, unless the request names `fields` (or, for included people, `fields[people]`): then only those, with id, slug and self.")
public record PersonResponse(
        @Schema(example = "1", required = true) long id,
        @Schema(example = "jose-hernandez", required = true) String slug,
        @Schema(example = "José Hernández") String name,
        @Schema(description = "How the name files in an index.", example = "Hernández, José") String sortName,
        @Schema(nullable = true, example = "José Hernández is a NASA flight engineer and astronaut, born the son of California migrant farm workers.") String shortBio,
        @Schema(nullable = true, description = "Markdown.") String longBio,
        @Schema(description = "Occupations, lower case.", example = "[\"astronaut\", \"engineer\"]") List<String> roles,
        @Schema(nullable = true, description = "Where they were born, when known.", example = "Mexico") String birthplace,
        List<Affiliation> affiliations,
        @Schema(description = "Pages about them elsewhere.") List<PersonLink> links,
        @Schema(description = "Their film credits, newest film first.") List<PersonCreditResponse> credits,
        @Schema(description = "Changes on every edit.", example = "0") long version,
        Instant updatedAt,
        @Schema(example = "/api/v1/people/jose-hernandez", required = true) String self) {
}
