package dev.contentapi.film;

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
@Path(FilmRef.PATH)
@Tag(name = "Films")
@Produces(MediaType.APPLICATION_JSON)
public class FilmResource {

    private final FilmService films;
    private final CursorCodec cursors;

    private final ObjectMapper json;

    FilmResource(FilmService films, CursorCodec cursors, ObjectMapper json) {
        this.json = json;
        this.films = films;
        this.cursors = cursors;
    }

    @GET
    @Operation(summary = "List films", description = "Films with their credits, newest release first unless `sort` says otherwise.")
    @APIResponse(responseCode = "200", description = "A page of films.", headers = @Header(name = "Link", description = PagedResponses.LINK_HEADER_DESCRIPTION), content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FilmPage.class)))
    public RestResponse<Object> listFilms(@BeanParam FilmListParameters parameters, @Context UriInfo uri) {
        ParameterErrors errors = new ParameterErrors();
        FilmFilter filter = parameters.filter(errors);
        SparseFields fields = parameters.fields.read(errors);
        ListQuery<Film> query = ListQuery.read(parameters, parameters.sort, parameters.include, FilmService.LIST,
                filter.fingerprint(), cursors, errors);
        FilmPage page = films.list(filter, query);
        return PagedResponses.ok(fields.apply(page, json), page.meta(), uri);
    }

    @GET
    @Path("{slug}")
    @Operation(summary = "Get a film", description = "One film by slug, with its credits in billing order.")
    @APIResponse(responseCode = "200", description = "The film.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FilmDocument.class), examples = @ExampleObject(name = "film", value = Examples.FILM_DOCUMENT)))
    public Object getFilm(
            @PathParam("slug") @Parameter(description = ParameterDocs.SLUG, example = Examples.FILM_SLUG) String slug,
            @QueryParam("include") @Parameter(description = ParameterDocs.INCLUDE
                    + "credits.person.", example = "credits.person") String include,
            @BeanParam FilmFields fields) {
        ParameterErrors errors = new ParameterErrors();
        String item = errors.check(() -> SlugParameter.parse(slug));
        Set<String> related = errors.check(() -> IncludeParameter.parse(include, FilmService.LIST.includes()));
        SparseFields sparse = fields.read(errors);
        errors.throwIfAny();
        return sparse.apply(films.get(item, related), json);
    }
}
