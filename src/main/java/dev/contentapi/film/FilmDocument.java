package dev.contentapi.film;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One film, with what {@code include} asked for. */
@Schema(name = "FilmDocument")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FilmDocument(
        @Schema(required = true) FilmResponse data,
        FilmIncluded included) {
}
