package dev.contentapi.film;

import java.util.List;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import dev.contentapi.common.query.FilterValues;
import dev.contentapi.common.query.ListParameters;
import dev.contentapi.common.query.ParameterDocs;
import dev.contentapi.common.query.ParameterErrors;
import dev.contentapi.common.query.TextParameter;

/** The query parameters of the film list: paging, sort, include and the filters. */
public class FilmListParameters extends ListParameters {

    @QueryParam("sort")
    @Parameter(description = ParameterDocs.SORT
            + "releaseDate, title, updatedAt. Default: -releaseDate.", example = "-releaseDate")
    public String sort;

    @BeanParam
    public FilmFields fields = new FilmFields();

    @QueryParam("include")
    @Parameter(description = ParameterDocs.INCLUDE + "credits.person.", example = "credits.person")
    public String include;

    @QueryParam("q")
    @Parameter(description = ParameterDocs.Q
            + "title, original title, synopsis and genres, stemmed in English.", example = "space station", schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = TextParameter.MAX_LENGTH))
    public String q;

    @QueryParam("person")
    @Parameter(description = "Films in which this person (slug) has a credit of any kind. "
            + ParameterDocs.REPEATABLE, example = "[\"alejandra-marquez-abella\"]")
    public List<String> person;

    @QueryParam("releasedAfter")
    @Parameter(description = "Films first released on or after this date.", example = "2023-01-01")
    public String releasedAfter;

    @QueryParam("releasedBefore")
    @Parameter(description = "Films first released before this date.", example = "2024-01-01")
    public String releasedBefore;

    @QueryParam("genre")
    @Parameter(description = "Films of this genre, e.g. `drama`. " + ParameterDocs.REPEATABLE)
    public List<String> genre;

    FilmFilter filter(ParameterErrors errors) {
        String words = errors.check(() -> TextParameter.parse(q, false));
        List<String> people = errors.check(() -> FilterValues.slugs("person", person));
        var after = errors.check(() -> FilterValues.date("releasedAfter", releasedAfter));
        var before = errors.check(() -> FilterValues.date("releasedBefore", releasedBefore));
        List<String> genres = errors.check(() -> FilterValues.words("genre", genre));
        return new FilmFilter(words, people, after, before, genres);
    }
}
