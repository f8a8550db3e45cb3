package dev.contentapi.person;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One person, with what {@code include} asked for. */
@Schema(name = "PersonDocument")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PersonDocument(
        @Schema(required = true) PersonResponse data,
        PersonIncluded included) {
}
