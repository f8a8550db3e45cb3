package dev.contentapi.film;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.contentapi.common.Api;

/** Which film a relation points to: enough to name and link it; {@code include} adds the whole record. */
@Schema(name = "FilmRef")
public record FilmRef(
        @Schema(example = "a-million-miles-away", required = true) String slug,
        @Schema(example = "A Million Miles Away", required = true) String title,
        @Schema(example = "/api/v1/films/a-million-miles-away", required = true) String self) {

    public static final String PATH = Api.V1 + "/films";

    public static FilmRef of(Film film) {
        return new FilmRef(film.slug, film.title, selfOf(film.slug));
    }

    public static String selfOf(String slug) {
        return PATH + "/" + slug;
    }
}
