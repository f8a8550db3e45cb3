package dev.contentapi.article;

import java.util.List;
import java.util.Set;

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

/** The query parameters of the article list: paging, sort, include and the filters. */
public class ArticleListParameters extends ListParameters {

    static final Set<String> LANGUAGES = Set.of("en", "es");
    static final Set<String> STATUSES = Set.of("draft", "scheduled", "published", "archived");

    @QueryParam("sort")
    @Parameter(description = ParameterDocs.SORT
            + "publishedAt, title, updatedAt. Default: -publishedAt.", example = "-publishedAt")
    public String sort;

    @BeanParam
    public ArticleFields fields = new ArticleFields();

    @QueryParam("include")
    @Parameter(description = ParameterDocs.INCLUDE + "author, people, films.", example = "author")
    public String include;

    @QueryParam("q")
    @Parameter(description = ParameterDocs.Q
            + "title, dek, summary and body, stemmed in the article's language.", example = "astronaut", schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = TextParameter.MAX_LENGTH))
    public String q;

    @QueryParam("author")
    @Parameter(description = "Articles written by this person (slug). "
            + ParameterDocs.REPEATABLE, example = "[\"kate-ohare\"]")
    public List<String> author;

    @QueryParam("person")
    @Parameter(description = "Articles about this person (slug). " + ParameterDocs.REPEATABLE, example = "[\"jose-hernandez\"]")
    public List<String> person;

    @QueryParam("film")
    @Parameter(description = "Articles about this film (slug). "
            + ParameterDocs.REPEATABLE, example = "[\"a-million-miles-away\"]")
    public List<String> film;

    @QueryParam("tag")
    @Parameter(description = "Articles with this tag, e.g. `interviews`. " + ParameterDocs.REPEATABLE)
    public List<String> tag;

    @QueryParam("language")
    @Parameter(description = "Articles in this language: en or es. " + ParameterDocs.REPEATABLE, example = "[\"en\"]")
    public List<String> language;

    @QueryParam("status")
    @Parameter(description = "Editors only: articles with this status (draft, scheduled, published, archived) instead of the published ones. "
            + ParameterDocs.REPEATABLE)
    public List<String> status;

    @QueryParam("publishedAfter")
    @Parameter(description = "Articles published at or after this instant, or from the start of this date (UTC).", example = "2023-09-01")
    public String publishedAfter;

    @QueryParam("publishedBefore")
    @Parameter(description = "Articles published before this instant, or before the start of this date (UTC).", example = "2023-10-01T00:00:00Z")
    public String publishedBefore;

    ArticleFilter filter(ParameterErrors errors) {
        String words = errors.check(() -> TextParameter.parse(q, false));
        List<String> authors = errors.check(() -> FilterValues.slugs("author", author));
        List<String> people = errors.check(() -> FilterValues.slugs("person", person));
        List<String> films = errors.check(() -> FilterValues.slugs("film", film));
        List<String> tags = errors.check(() -> FilterValues.words("tag", tag));
        List<String> languages = errors.check(() -> FilterValues.oneOf("language", language, LANGUAGES));
        var after = errors.check(() -> FilterValues.instant("publishedAfter", publishedAfter));
        var before = errors.check(() -> FilterValues.instant("publishedBefore", publishedBefore));
        List<String> statuses = errors.check(() -> FilterValues.oneOf("status", status, STATUSES));
        return new ArticleFilter(words, authors, people, films, tags, languages, after, before, statuses);
    }
}
