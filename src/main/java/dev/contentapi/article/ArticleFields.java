package dev.contentapi.article;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import dev.contentapi.common.query.ParameterDocs;
import dev.contentapi.common.query.ParameterErrors;
import dev.contentapi.common.query.SparseFields;
import dev.contentapi.film.FilmResponse;
import dev.contentapi.person.PersonResponse;

/** Sparse fields of articles and of the records they include. */
public class ArticleFields {

    @QueryParam("fields")
    @Parameter(description = ParameterDocs.FIELDS + "Article.", example = "title,publishedAt,author")
    public String fields;

    @QueryParam("fields[people]")
    @Parameter(description = ParameterDocs.INCLUDED_FIELDS + "Person, for `included.people`.", example = "name,shortBio")
    public String peopleFields;

    @QueryParam("fields[films]")
    @Parameter(description = ParameterDocs.INCLUDED_FIELDS + "Film, for `included.films`.", example = "title,releaseDate")
    public String filmFields;

    public SparseFields read(ParameterErrors errors) {
        return SparseFields.of(fields, ArticleResponse.class, errors)
                .and("people", peopleFields, PersonResponse.class, errors)
                .and("films", filmFields, FilmResponse.class, errors);
    }
}
