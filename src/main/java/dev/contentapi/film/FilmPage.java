package dev.contentapi.film;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.contentapi.common.paging.PageMeta;

/** A page of films, with what {@code include} asked for. */
@Schema(name = "FilmPage")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FilmPage(
        @Schema(required = true) List<FilmResponse> data,
        @Schema(required = true) PageMeta meta,
        FilmIncluded included) {
}
