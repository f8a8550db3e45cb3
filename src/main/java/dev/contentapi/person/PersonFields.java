package dev.contentapi.person;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import dev.contentapi.common.query.ParameterDocs;
import dev.contentapi.common.query.ParameterErrors;
import dev.contentapi.common.query.SparseFields;
import dev.contentapi.film.FilmResponse;

/** Sparse fields of people and of the records they include. */
public class PersonFields {

    @QueryParam("fields")
    @Parameter(description = ParameterDocs.FIELDS + "Person.", example = "name,roles")
    public String fields;

    @QueryParam("fields[films]")
    @Parameter(description = ParameterDocs.INCLUDED_FIELDS + "Film, for `included.films`.", example = "title,releaseDate")
    public String filmFields;

    public SparseFields read(ParameterErrors errors) {
        return SparseFields.of(fields, PersonResponse.class, errors)
                .and("films", filmFields, FilmResponse.class, errors);
    }
}
