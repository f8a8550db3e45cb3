package dev.contentapi.film;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import dev.contentapi.common.query.ParameterDocs;
import dev.contentapi.common.query.ParameterErrors;
import dev.contentapi.common.query.SparseFields;
import dev.contentapi.person.PersonResponse;

/** Sparse fields of films and of the records they include. */
public class FilmFields {

    @QueryParam("fields")
    @Parameter(description = ParameterDocs.FIELDS + "Film.", example = "title,releaseDate,credits")
    public String fields;

    @QueryParam("fields[people]")
    @Parameter(description = ParameterDocs.INCLUDED_FIELDS + "Person, for `included.people`.", example = "name")
    public String peopleFields;

    public SparseFields read(ParameterErrors errors) {
        return SparseFields.of(fields, FilmResponse.class, errors)
                .and("people", peopleFields, PersonResponse.class, errors);
    }
}
