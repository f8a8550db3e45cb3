package dev.contentapi.article;

import java.net.URI;
import java.time.Instant;
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
import dev.contentapi.common.query.FilterValues;
import dev.contentapi.common.query.IncludeParameter;
import dev.contentapi.common.query.ListQuery;
import dev.contentapi.common.query.ParameterDocs;
import dev.contentapi.common.query.ParameterErrors;
import dev.contentapi.common.query.SlugParameter;
import dev.contentapi.common.query.SparseFields;
import dev.contentapi.common.security.Roles;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;

@PermitAll
@Path(ArticleRef.PATH)
@Tag(name = "Articles")
@Produces(MediaType.APPLICATION_JSON)
public class ArticleResource {

    /** Field-injected: only the POST operations use it. */
    @Inject
    IdempotentPosts idempotent;

    private final ArticleService articles;
    private final ArticleEditService editor;
    private final SecurityIdentity identity;
    private final CursorCodec cursors;

    private final ObjectMapper json;

    ArticleResource(ArticleService articles, ArticleEditService editor, SecurityIdentity identity, CursorCodec cursors,
            ObjectMapper json) {
        this.json = json;
        this.articles = articles;
        this.editor = editor;
        this.identity = identity;
        this.cursors = cursors;
    }

    @GET
    @Operation(summary = "List published articles", description = "Published articles, newest first unless `sort` says otherwise. Drafts, scheduled and archived articles are never listed.")
    @APIResponse(responseCode = "200", description = "A page of articles.", headers = @Header(name = "Link", description = PagedResponses.LINK_HEADER_DESCRIPTION, schema = @Schema(type = SchemaType.STRING)), content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticlePage.class), examples = @ExampleObject(name = "articles", value = Examples.ARTICLE_PAGE)))
    public RestResponse<Object> listArticles(@BeanParam ArticleListParameters parameters, @Context UriInfo uri) {
        if (parameters.status != null && !parameters.status.isEmpty() && !identity.hasRole(Roles.EDITOR)) {
            throw identity.isAnonymous() ? new UnauthorizedException() : new ForbiddenException();
        }
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
    @APIResponse(responseCode = "301", ref = "MovedPermanently")
    public RestResponse<Object> getArticle(
            @PathParam("slug") @Parameter(description = ParameterDocs.SLUG, example = Examples.ARTICLE_SLUG) String slug,
            @QueryParam("include") @Parameter(description = ParameterDocs.INCLUDE
                    + "author, people, films.", example = "author,people,films") String include,
            @BeanParam ArticleFields fields) {
        ParameterErrors errors = new ParameterErrors();
        String item = errors.check(() -> SlugParameter.parse(slug));
        Set<String> related = errors.check(() -> IncludeParameter.parse(include, ArticleService.LIST.includes()));
        SparseFields sparse = fields.read(errors);
        errors.throwIfAny();
        ArticleDocument document = identity.hasRole(Roles.EDITOR) ? articles.getAnyStatus(item, related)
                : articles.get(item, related);
        return withVersion(RestResponse.ResponseBuilder.ok(sparse.apply(document, json)), document);
    }

    @POST
    @RolesAllowed(Roles.EDITOR)
    @SecurityRequirement(name = "bearer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an article", description = "Editors. The article starts as a draft, seen only by editors until it is published.")
    @APIResponse(responseCode = "201", description = "The new draft, with its ETag.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleDocument.class), examples = @ExampleObject(name = "draft", value = Examples.ARTICLE_CREATED)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public RestResponse<Object> createArticle(
            @Valid @NotNull @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleRequest.class), examples = @ExampleObject(name = "article", value = Examples.ARTICLE_REQUEST))) ArticleRequest request,
            @HeaderParam(IdempotentPosts.HEADER) @Parameter(description = IdempotentPosts.DESCRIPTION, example = "5f0c3a8e-6d0b-4a4e-9a53-2f1f2b9d6c10") String idempotencyKey) {
        return idempotent.run(idempotencyKey, request, () -> {
            ArticleDocument created = editor.create(request);
            return withVersion(RestResponse.ResponseBuilder.created(URI.create(created.data().self())).entity(created),
                    created);
        });
    }

    @PUT
    @Path("{slug}")
    @RolesAllowed(Roles.EDITOR)
    @SecurityRequirement(name = "bearer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace an article", description = "Editors. Replaces every field an editor writes; needs If-Match.")
    @APIResponse(responseCode = "200", description = "The article as saved, with its new ETag.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleDocument.class), examples = @ExampleObject(name = "replaced", value = Examples.ARTICLE_REPLACED)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public RestResponse<Object> replaceArticle(
            @PathParam("slug") @Parameter(description = ParameterDocs.SLUG, example = Examples.ARTICLE_SLUG) String slug,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = Versions.IF_MATCH_DESCRIPTION, example = "\"0\"") String ifMatch,
            @Valid @NotNull @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleRequest.class), examples = @ExampleObject(name = "article", value = Examples.ARTICLE_REQUEST))) ArticleRequest request) {
        ArticleDocument saved = editor.replace(SlugParameter.parse(slug), ifMatch, request);
        return withVersion(RestResponse.ResponseBuilder.ok(saved), saved);
    }

    @PATCH
    @Path("{slug}")
    @RolesAllowed(Roles.EDITOR)
    @SecurityRequirement(name = "bearer")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(summary = "Change some fields of an article", description = "Editors. A JSON Merge Patch (RFC 7396): members set change, members set to null are cleared, others stay. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "The article as saved, with its new ETag.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleDocument.class), examples = @ExampleObject(name = "patched", value = Examples.ARTICLE_PATCHED)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    public RestResponse<Object> patchArticle(
            @PathParam("slug") @Parameter(description = ParameterDocs.SLUG, example = Examples.ARTICLE_SLUG) String slug,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = Versions.IF_MATCH_DESCRIPTION, example = "\"0\"") String ifMatch,
            @NotNull @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = ArticleRequest.class), examples = @ExampleObject(name = "patch", value = Examples.ARTICLE_PATCH))) JsonNode patch) {
        ArticleDocument saved = editor.patch(SlugParameter.parse(slug), ifMatch, patch);
        return withVersion(RestResponse.ResponseBuilder.ok(saved), saved);
    }

    @DELETE
    @Path("{slug}")
    @RolesAllowed(Roles.EDITOR)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Delete an article", description = "Editors. Deletes it and its comments; needs If-Match.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public void deleteArticle(
            @PathParam("slug") @Parameter(description = ParameterDocs.SLUG, example = Examples.ARTICLE_SLUG) String slug,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = Versions.IF_MATCH_DESCRIPTION, example = "\"0\"") String ifMatch) {
        editor.delete(SlugParameter.parse(slug), ifMatch);
    }

    @POST
    @Path("{slug}/publish")
    @RolesAllowed(Roles.EDITOR)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Publish an article", description = "Editors. Makes it public now (an article published before keeps its first publication date), "
            + "or, with a future `at`, schedules it: it becomes public within a few seconds of that instant. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "The published article, with its new ETag.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleDocument.class), examples = @ExampleObject(name = "published", value = Examples.ARTICLE_PUBLISHED)))
    public RestResponse<Object> publishArticle(
            @PathParam("slug") @Parameter(description = ParameterDocs.SLUG, example = Examples.ARTICLE_SLUG) String slug,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = Versions.IF_MATCH_DESCRIPTION, example = "\"0\"") String ifMatch,
            @QueryParam("at") @Parameter(description = "When to publish: a future instant schedules the article; absent, or not in the future, publishes it now.", example = "2030-01-01T08:00:00Z") String at,
            @HeaderParam(IdempotentPosts.HEADER) @Parameter(description = IdempotentPosts.DESCRIPTION, example = "5f0c3a8e-6d0b-4a4e-9a53-2f1f2b9d6c10") String idempotencyKey) {
        return idempotent.run(idempotencyKey, at, () -> {
            ParameterErrors errors = new ParameterErrors();
            String item = errors.check(() -> SlugParameter.parse(slug));
            Instant when = errors.check(() -> FilterValues.instant("at", at));
            errors.throwIfAny();
            ArticleDocument saved = editor.publish(item, ifMatch, when);
            return withVersion(RestResponse.ResponseBuilder.ok(saved), saved);
        });
    }

    @POST
    @Path("{slug}/unpublish")
    @RolesAllowed(Roles.EDITOR)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Unpublish an article", description = "Editors. Makes it a draft again, hidden from the public. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "The article, now a draft, with its new ETag.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleDocument.class), examples = @ExampleObject(name = "draft", value = Examples.ARTICLE_UNPUBLISHED)))
    public RestResponse<Object> unpublishArticle(
            @PathParam("slug") @Parameter(description = ParameterDocs.SLUG, example = Examples.ARTICLE_SLUG) String slug,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = Versions.IF_MATCH_DESCRIPTION, example = "\"0\"") String ifMatch,
            @HeaderParam(IdempotentPosts.HEADER) @Parameter(description = IdempotentPosts.DESCRIPTION, example = "5f0c3a8e-6d0b-4a4e-9a53-2f1f2b9d6c10") String idempotencyKey) {
        return idempotent.run(idempotencyKey, null, () -> {
            return status(slug, ifMatch, ArticleStatus.DRAFT);
        });
    }

    @POST
    @Path("{slug}/archive")
    @RolesAllowed(Roles.EDITOR)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Archive an article", description = "Editors. Takes it off the public site for good, keeping it for editors. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "The archived article, with its new ETag.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleDocument.class), examples = @ExampleObject(name = "archived", value = Examples.ARTICLE_ARCHIVED)))
    public RestResponse<Object> archiveArticle(
            @PathParam("slug") @Parameter(description = ParameterDocs.SLUG, example = Examples.ARTICLE_SLUG) String slug,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = Versions.IF_MATCH_DESCRIPTION, example = "\"0\"") String ifMatch,
            @HeaderParam(IdempotentPosts.HEADER) @Parameter(description = IdempotentPosts.DESCRIPTION, example = "5f0c3a8e-6d0b-4a4e-9a53-2f1f2b9d6c10") String idempotencyKey) {
        return idempotent.run(idempotencyKey, null, () -> {
            return status(slug, ifMatch, ArticleStatus.ARCHIVED);
        });
    }

    private RestResponse<Object> status(String slug, String ifMatch, ArticleStatus status) {
        ArticleDocument saved = editor.changeStatus(SlugParameter.parse(slug), ifMatch, status);
        return withVersion(RestResponse.ResponseBuilder.ok(saved), saved);
    }

    private static RestResponse<Object> withVersion(RestResponse.ResponseBuilder<?> response, ArticleDocument document) {
        return Versions.tagged(response, document.data().version());
    }
}
