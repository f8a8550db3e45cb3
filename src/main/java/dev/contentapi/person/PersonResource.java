package dev.contentapi.person;

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

import dev.contentapi.article.Article;
import dev.contentapi.article.ArticleFields;
import dev.contentapi.article.ArticleFilter;
import dev.contentapi.article.ArticlePage;
import dev.contentapi.article.ArticleService;
import dev.contentapi.common.http.MergePatch;
import dev.contentapi.common.http.Versions;
import dev.contentapi.common.idempotency.IdempotentPosts;
import dev.contentapi.common.openapi.Examples;
import dev.contentapi.common.paging.PagedResponses;
import dev.contentapi.common.query.CursorCodec;
import dev.contentapi.common.query.IncludeParameter;
import dev.contentapi.common.query.ListParameters;
import dev.contentapi.common.query.ListQuery;
import dev.contentapi.common.query.ParameterDocs;
import dev.contentapi.common.query.ParameterErrors;
import dev.contentapi.common.query.SlugParameter;
import dev.contentapi.common.query.SparseFields;
import dev.contentapi.common.security.Roles;
import dev.contentapi.film.Film;
import dev.contentapi.film.FilmFields;
import dev.contentapi.film.FilmFilter;
import dev.contentapi.film.FilmPage;
import dev.contentapi.film.FilmService;

@PermitAll
@Path(PersonRef.PATH)
@Tag(name = "People")
@Produces(MediaType.APPLICATION_JSON)
public class PersonResource {

    /** Field-injected: only the POST operations use it. */
    @Inject
    IdempotentPosts idempotent;

    private final PersonService people;
    private final PersonEditService editor;
    private final FilmService films;
    private final ArticleService articles;

    private final CursorCodec cursors;

    private final ObjectMapper json;

    PersonResource(PersonService people, PersonEditService editor, FilmService films, ArticleService articles,
            CursorCodec cursors, ObjectMapper json) {
        this.json = json;
        this.people = people;
        this.editor = editor;
        this.films = films;
        this.articles = articles;
        this.cursors = cursors;
    }

    @GET
    @Operation(summary = "List people", description = "Everyone the site writes about or who writes for it, by sort name unless `sort` says otherwise.")
    @APIResponse(responseCode = "200", description = "A page of people.", headers = @Header(name = "Link", description = PagedResponses.LINK_HEADER_DESCRIPTION, schema = @Schema(type = SchemaType.STRING)), content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PersonPage.class), examples = @ExampleObject(name = "people", value = Examples.PERSON_PAGE)))
    public RestResponse<Object> listPeople(@BeanParam PersonListParameters parameters, @Context UriInfo uri) {
        ParameterErrors errors = new ParameterErrors();
        PersonFilter filter = parameters.filter(errors);
        SparseFields fields = parameters.fields.read(errors);
        ListQuery<Person> query = ListQuery.read(parameters, parameters.sort, parameters.include, PersonService.LIST,
                filter.fingerprint(), cursors, errors);
        PersonPage page = people.list(filter, query);
        return PagedResponses.ok(fields.apply(page, json), page.meta(), uri);
    }

    @GET
    @Path("{slug}")
    @Operation(summary = "Get a person", description = "One person by slug, with their film credits.")
    @APIResponse(responseCode = "200", description = "The person.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PersonDocument.class), examples = @ExampleObject(name = "person", value = Examples.PERSON_DOCUMENT)))
    @APIResponse(responseCode = "301", ref = "MovedPermanently")
    public RestResponse<Object> getPerson(
            @PathParam("slug") @Parameter(description = ParameterDocs.SLUG, example = Examples.PERSON_SLUG) String slug,
            @QueryParam("include") @Parameter(description = ParameterDocs.INCLUDE
                    + "credits.film.", example = "credits.film") String include,
            @BeanParam PersonFields fields) {
        ParameterErrors errors = new ParameterErrors();
        String item = errors.check(() -> SlugParameter.parse(slug));
        Set<String> related = errors.check(() -> IncludeParameter.parse(include, PersonService.LIST.includes()));
        SparseFields sparse = fields.read(errors);
        errors.throwIfAny();
        PersonDocument document = people.get(item, related);
        return withVersion(RestResponse.ResponseBuilder.ok(sparse.apply(document, json)), document);
    }

    @POST
    @RolesAllowed(Roles.EDITOR)
    @SecurityRequirement(name = "bearer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a person", description = "Editors.")
    @APIResponse(responseCode = "201", description = "The new person, with their ETag.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PersonDocument.class), examples = @ExampleObject(name = "created", value = Examples.PERSON_CREATED)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public RestResponse<Object> createPerson(
            @Valid @NotNull @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PersonRequest.class), examples = @ExampleObject(name = "person", value = Examples.PERSON_REQUEST))) PersonRequest request,
            @HeaderParam(IdempotentPosts.HEADER) @Parameter(description = IdempotentPosts.DESCRIPTION, example = "5f0c3a8e-6d0b-4a4e-9a53-2f1f2b9d6c10") String idempotencyKey) {
        return idempotent.run(idempotencyKey, request, () -> {
            PersonDocument created = editor.create(request);
            return withVersion(RestResponse.ResponseBuilder.created(URI.create(created.data().self())).entity(created),
                    created);
        });
    }

    @PUT
    @Path("{slug}")
    @RolesAllowed(Roles.EDITOR)
    @SecurityRequirement(name = "bearer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a person", description = "Editors. Replaces every field an editor writes; needs If-Match.")
    @APIResponse(responseCode = "200", description = "The person as saved, with their new ETag.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PersonDocument.class), examples = @ExampleObject(name = "replaced", value = Examples.PERSON_REPLACED)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public RestResponse<Object> replacePerson(
            @PathParam("slug") @Parameter(description = ParameterDocs.SLUG, example = Examples.PERSON_SLUG) String slug,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = Versions.IF_MATCH_DESCRIPTION, example = "\"0\"") String ifMatch,
            @Valid @NotNull @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PersonRequest.class), examples = @ExampleObject(name = "person", value = Examples.PERSON_REQUEST))) PersonRequest request) {
        PersonDocument saved = editor.replace(SlugParameter.parse(slug), ifMatch, request);
        return withVersion(RestResponse.ResponseBuilder.ok(saved), saved);
    }

    @PATCH
    @Path("{slug}")
    @RolesAllowed(Roles.EDITOR)
    @SecurityRequirement(name = "bearer")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(summary = "Change some fields of a person", description = "Editors. A JSON Merge Patch (RFC 7396): members set change, members set to null are cleared, others stay. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "The person as saved, with their new ETag.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PersonDocument.class), examples = @ExampleObject(name = "patched", value = Examples.PERSON_PATCHED)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public RestResponse<Object> patchPerson(
            @PathParam("slug") @Parameter(description = ParameterDocs.SLUG, example = Examples.PERSON_SLUG) String slug,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = Versions.IF_MATCH_DESCRIPTION, example = "\"0\"") String ifMatch,
            @NotNull @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = PersonRequest.class), examples = @ExampleObject(name = "patch", value = Examples.PERSON_PATCH))) JsonNode patch) {
        PersonDocument saved = editor.patch(SlugParameter.parse(slug), ifMatch, patch);
        return withVersion(RestResponse.ResponseBuilder.ok(saved), saved);
    }

    @DELETE
    @Path("{slug}")
    @RolesAllowed(Roles.EDITOR)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Delete a person", description = "Editors. Refused (409) while an article names them as author or subject or a film credits them; needs If-Match.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public void deletePerson(
            @PathParam("slug") @Parameter(description = ParameterDocs.SLUG, example = Examples.PERSON_SLUG) String slug,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = Versions.IF_MATCH_DESCRIPTION, example = "\"0\"") String ifMatch) {
        editor.delete(SlugParameter.parse(slug), ifMatch);
    }

    @GET
    @Path("{slug}/films")
    @Operation(summary = "List a person's films", description = "The films a person has a credit in, newest first unless `sort` says otherwise; each film lists its credits.")
    @APIResponse(responseCode = "200", description = "A page of films.", headers = @Header(name = "Link", description = PagedResponses.LINK_HEADER_DESCRIPTION, schema = @Schema(type = SchemaType.STRING)), content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FilmPage.class), examples = @ExampleObject(name = "films", value = Examples.FILM_PAGE)))
    public RestResponse<Object> listPersonFilms(
            @PathParam("slug") @Parameter(description = ParameterDocs.SLUG, example = Examples.PERSON_SLUG) String slug,
            @BeanParam ListParameters paging,
            @QueryParam("sort") @Parameter(description = ParameterDocs.SORT
                    + "releaseDate, title, updatedAt.", example = "-releaseDate") String sort,
            @QueryParam("include") @Parameter(description = ParameterDocs.INCLUDE
                    + "credits.person.", example = "credits.person") String include,
            @BeanParam FilmFields fields, @Context UriInfo uri) {
        ParameterErrors errors = new ParameterErrors();
        String person = errors.check(() -> SlugParameter.parse(slug));
        SparseFields sparse = fields.read(errors);
        ListQuery<Film> query = ListQuery.read(paging, sort, include, FilmService.LIST,
                person == null ? "" : FilmFilter.crediting(person).fingerprint(), cursors, errors);
        FilmPage page = films.listCrediting(person, query);
        return PagedResponses.ok(sparse.apply(page, json), page.meta(), uri);
    }

    @GET
    @Path("{slug}/articles")
    @Operation(summary = "List a person's articles", description = "The published articles a person wrote, newest first unless `sort` says otherwise.")
    @APIResponse(responseCode = "200", description = "A page of articles.", headers = @Header(name = "Link", description = PagedResponses.LINK_HEADER_DESCRIPTION, schema = @Schema(type = SchemaType.STRING)), content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticlePage.class), examples = @ExampleObject(name = "articles", value = Examples.ARTICLE_PAGE)))
    public RestResponse<Object> listPersonArticles(
            @PathParam("slug") @Parameter(description = ParameterDocs.SLUG, example = Examples.AUTHOR_SLUG) String slug,
            @BeanParam ListParameters paging,
            @QueryParam("sort") @Parameter(description = ParameterDocs.SORT
                    + "publishedAt, title, updatedAt.", example = "-publishedAt") String sort,
            @QueryParam("include") @Parameter(description = ParameterDocs.INCLUDE
                    + "author, people, films.", example = "films") String include,
            @BeanParam ArticleFields fields, @Context UriInfo uri) {
        ParameterErrors errors = new ParameterErrors();
        String author = errors.check(() -> SlugParameter.parse(slug));
        SparseFields sparse = fields.read(errors);
        ListQuery<Article> query = ListQuery.read(paging, sort, include, ArticleService.LIST,
                author == null ? "" : ArticleFilter.byAuthor(author).fingerprint(), cursors, errors);
        ArticlePage page = articles.listByAuthor(author, query);
        return PagedResponses.ok(sparse.apply(page, json), page.meta(), uri);
    }

    private static RestResponse<Object> withVersion(RestResponse.ResponseBuilder<?> response, PersonDocument document) {
        return Versions.tagged(response, document.data().version());
    }
}
