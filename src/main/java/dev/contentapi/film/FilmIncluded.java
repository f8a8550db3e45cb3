package dev.contentapi.film;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.contentapi.person.PersonResponse;

/** Whole records that {@code include} asked for, each once, referred to by slug from the data. */
@Schema(name = "FilmIncluded")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FilmIncluded(
        @Schema(description = "With include=credits.person: the people of the credits.") List<PersonResponse> people) {
}
