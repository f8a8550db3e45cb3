package dev.contentapi.person;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.contentapi.film.FilmResponse;

/** Whole records that {@code include} asked for, each once, referred to by slug from the data. */
@Schema(name = "PersonIncluded")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PersonIncluded(
        @Schema(description = "With include=credits.film: the films of the credits.") List<FilmResponse> films) {
}
