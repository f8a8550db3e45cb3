package dev.contentapi.article;

import java.util.Set;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.contentapi.common.openapi.Examples;
import dev.contentapi.common.paging.PagedResponses;
import dev.contentapi.common.query.CursorCodec;
import dev.contentapi.common.query.IncludeParameter;
import dev.contentapi.common.query.ListQuery;
import dev.contentapi.common.query.ParameterDocs;
import dev.contentapi.common.query.ParameterErrors;
import dev.contentapi.common.query.SlugParameter;
import dev.contentapi.common.query.SparseFields;

@PermitAll
@Path(ArticleRef.PATH)
@Tag(name = "Articles")
@Produces(MediaType.APPLICATION_JSON)
public class ArticleResource {

    private final ArticleService articles;
    private final CursorCodec cursors;

    private final ObjectMapper json;

    ArticleResource(ArticleService articles, CursorCodec cursors, ObjectMapper json) {
        this.json = json;
        this.articles = articles;
        this.cursors = cursors;
    }

    @GET
    @Operation(summary = "List published articles", description = "Published articles, newest first unless `sort` says otherwise. Drafts, scheduled and archived articles are never listed.")
    @APIResponse(responseCode = "200", description = "A page of articles.", headers = @Header(name = "Link", description = PagedResponses.LINK_HEADER_DESCRIPTION), content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticlePage.class), examples = @ExampleObject(name = "articles", value = Examples.ARTICLE_PAGE)))
    public RestResponse<Object> listArticles(@BeanParam ArticleListParameters parameters, @Context UriInfo uri) {
        ParameterErrors errors = new ParameterErrors();
        ArticleFilter filter = parameters.filter(errors);
        SparseFields fields = parameters.fields.read(errors);
        ListQuery<Article> query = ListQuery.read(parameters, parameters.sort, parameters.include, ArticleService.LIST,
                filter.fingerprint(), cursors, errors);
        ArticlePage page = articles.list(filter, query);
        return PagedResponses.ok(fields.apply(page, json), page.meta(), uri);
    }

    @GET
    @Path("{slug}")
    @Operation(summary = "Get a published article", description = "One published article by its slug; anything else answers 404.")
    @APIResponse(responseCode = "200", description = "The article.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleDocument.class), examples = @ExampleObject(name = "article", value = Examples.ARTICLE_DOCUMENT)))
    public Object getArticle(
            @PathParam("slug") @Parameter(description = ParameterDocs.SLUG, example = Examples.ARTICLE_SLUG) String slug,
            @QueryParam("include") @Parameter(description = ParameterDocs.INCLUDE
                    + "author, people, films.", example = "author,people,films") String include,
            @BeanParam ArticleFields fields) {
        ParameterErrors errors = new ParameterErrors();
        String item = errors.check(() -> SlugParameter.parse(slug));
        Set<String> related = errors.check(() -> IncludeParameter.parse(include, ArticleService.LIST.includes()));
        SparseFields sparse = fields.read(errors);
        errors.throwIfAny();
        return sparse.apply(articles.get(item, related), json);
    }
}
