package dev.contentapi.person;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.contentapi.common.paging.PageMeta;

/** A page of people, with what {@code include} asked for. */
@Schema(name = "PersonPage")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PersonPage(
        @Schema(required = true) List<PersonResponse> data,
        @Schema(required = true) PageMeta meta,
        PersonIncluded included) {
}
