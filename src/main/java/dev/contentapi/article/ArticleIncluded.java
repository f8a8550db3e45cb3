package dev.contentapi.article;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.contentapi.film.FilmResponse;
import dev.contentapi.person.PersonResponse;

/** Whole records that {@code include} asked for, each once, referred to by slug from the data. */
@Schema(name = "ArticleIncluded")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ArticleIncluded(
        @Schema(description = "With include=author and/or include=people: the authors and the people the articles are about.") List<PersonResponse> people,
        @Schema(description = "With include=films: the films the articles are about.") List<FilmResponse> films) {
}
