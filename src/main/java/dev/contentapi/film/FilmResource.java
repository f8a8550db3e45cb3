package dev.contentapi.film;

import java.net.URI;
import java.util.Set;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.contentapi.common.http.MergePatch;
import dev.contentapi.common.http.Versions;
import dev.contentapi.common.idempotency.IdempotentPosts;
import dev.contentapi.common.openapi.Examples;
import dev.contentapi.common.paging.PagedResponses;
import dev.contentapi.common.query.CursorCodec;
import dev.contentapi.common.query.IncludeParameter;
import dev.contentapi.common.query.ListQuery;
import dev.contentapi.common.query.ParameterDocs;
import dev.contentapi.common.query.ParameterErrors;
import dev.contentapi.common.query.SlugParameter;
import dev.contentapi.common.query.SparseFields;
import dev.contentapi.common.security.Roles;

@PermitAll
@Path(FilmRef.PATH)
@Tag(name = "Films")
@Produces(MediaType.APPLICATION_JSON)
public class FilmResource {

    /** Field-injected: only the POST operations use it. */
    @Inject
    IdempotentPosts idempotent;

    private final FilmService films;
    private final FilmEditService editor;
    private final CursorCodec cursors;

    private final ObjectMapper json;

    FilmResource(FilmService films, FilmEditService editor, CursorCodec cursors, ObjectMapper json) {
        this.json = json;
        this.films = films;
        this.editor = editor;
        this.cursors = cursors;
    }

    @GET
    @Operation(summary = "List films", description = "Films with their credits, newest release first unless `sort` says otherwise.")
    @APIResponse(responseCode = "200", description = "A page of films.", headers = @Header(name = "Link", description = PagedResponses.LINK_HEADER_DESCRIPTION, schema = @Schema(type = SchemaType.STRING)), content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FilmPage.class), examples = @ExampleObject(name = "films", value = Examples.FILM_PAGE)))
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
    @APIResponse(responseCode = "301", ref = "MovedPermanently")
    public RestResponse<Object> getFilm(
            @PathParam("slug") @Parameter(description = ParameterDocs.SLUG, example = Examples.FILM_SLUG) String slug,
            @QueryParam("include") @Parameter(description = ParameterDocs.INCLUDE
                    + "credits.person.", example = "credits.person") String include,
            @BeanParam FilmFields fields) {
        ParameterErrors errors = new ParameterErrors();
        String item = errors.check(() -> SlugParameter.parse(slug));
        Set<String> related = errors.check(() -> IncludeParameter.parse(include, FilmService.LIST.includes()));
        SparseFields sparse = fields.read(errors);
        errors.throwIfAny();
        FilmDocument document = films.get(item, related);
        return withVersion(RestResponse.ResponseBuilder.ok(sparse.apply(document, json)), document);
    }

    @POST
    @RolesAllowed(Roles.EDITOR)
    @SecurityRequirement(name = "bearer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a film", description = "Editors. With its credits, in billing order.")
    @APIResponse(responseCode = "201", description = "The new film, with its ETag.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FilmDocument.class), examples = @ExampleObject(name = "created", value = Examples.FILM_CREATED)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public RestResponse<Object> createFilm(
            @Valid @NotNull @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FilmRequest.class), examples = @ExampleObject(name = "film", value = Examples.FILM_REQUEST))) FilmRequest request,
            @HeaderParam(IdempotentPosts.HEADER) @Parameter(description = IdempotentPosts.DESCRIPTION, example = "5f0c3a8e-6d0b-4a4e-9a53-2f1f2b9d6c10") String idempotencyKey) {
        return idempotent.run(idempotencyKey, request, () -> {
            FilmDocument created = editor.create(request);
            return withVersion(RestResponse.ResponseBuilder.created(URI.create(created.data().self())).entity(created),
                    created);
        });
    }

    @PUT
    @Path("{slug}")
    @RolesAllowed(Roles.EDITOR)
    @SecurityRequirement(name = "bearer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a film", description = "Editors. Replaces every field an editor writes, credits included; needs If-Match.")
    @APIResponse(responseCode = "200", description = "The film as saved, with its new ETag.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FilmDocument.class), examples = @ExampleObject(name = "replaced", value = Examples.FILM_REPLACED)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public RestResponse<Object> replaceFilm(
            @PathParam("slug") @Parameter(description = ParameterDocs.SLUG, example = Examples.FILM_SLUG) String slug,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = Versions.IF_MATCH_DESCRIPTION, example = "\"0\"") String ifMatch,
            @Valid @NotNull @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FilmRequest.class), examples = @ExampleObject(name = "film", value = Examples.FILM_REQUEST))) FilmRequest request) {
        FilmDocument saved = editor.replace(SlugParameter.parse(slug), ifMatch, request);
        return withVersion(RestResponse.ResponseBuilder.ok(saved), saved);
    }

    @PATCH
    @Path("{slug}")
    @RolesAllowed(Roles.EDITOR)
    @SecurityRequirement(name = "bearer")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(summary = "Change some fields of a film", description = "Editors. A JSON Merge Patch (RFC 7396): members set change, members set to null are cleared, others stay; credits, like any array, are replaced whole. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "The film as saved, with its new ETag.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FilmDocument.class), examples = @ExampleObject(name = "patched", value = Examples.FILM_PATCHED)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public RestResponse<Object> patchFilm(
            @PathParam("slug") @Parameter(description = ParameterDocs.SLUG, example = Examples.FILM_SLUG) String slug,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = Versions.IF_MATCH_DESCRIPTION, example = "\"0\"") String ifMatch,
            @NotNull @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = FilmRequest.class), examples = @ExampleObject(name = "patch", value = Examples.FILM_PATCH))) JsonNode patch) {
        FilmDocument saved = editor.patch(SlugParameter.parse(slug), ifMatch, patch);
        return withVersion(RestResponse.ResponseBuilder.ok(saved), saved);
    }

    @DELETE
    @Path("{slug}")
    @RolesAllowed(Roles.EDITOR)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Delete a film", description = "Editors. Deletes it and its credits; refused (409) while an article is about it. Needs If-Match.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public void deleteFilm(
            @PathParam("slug") @Parameter(description = ParameterDocs.SLUG, example = Examples.FILM_SLUG) String slug,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = Versions.IF_MATCH_DESCRIPTION, example = "\"0\"") String ifMatch) {
        editor.delete(SlugParameter.parse(slug), ifMatch);
    }

    private static RestResponse<Object> withVersion(RestResponse.ResponseBuilder<?> response, FilmDocument document) {
        return Versions.tagged(response, document.data().version());
    }
}
