package dev.contentapi.person;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.contentapi.common.Api;

/** Who a relation points to: enough to name and link a person; {@code include} adds the whole record. */
@Schema(name = "PersonRef")
public record PersonRef(
        @Schema(example = "jose-hernandez", required = true) String slug,
        @Schema(example = "José Hernández", required = true) String name,
        @Schema(example = "/api/v1/people/jose-hernandez", required = true) String self) {

    public static final String PATH = Api.V1 + "/people";

    public static PersonRef of(Person person) {
        return person == null ? null : new PersonRef(person.slug, person.name, selfOf(person.slug));
    }

    public static String selfOf(String slug) {
        return PATH + "/" + slug;
    }
}
