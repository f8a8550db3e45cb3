package dev.contentapi.comment;

import java.net.URI;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import dev.contentapi.article.ArticleRef;
import dev.contentapi.common.idempotency.IdempotentPosts;
import dev.contentapi.common.openapi.Examples;
import dev.contentapi.common.paging.PagedResponses;
import dev.contentapi.common.query.CursorCodec;
import dev.contentapi.common.query.ListParameters;
import dev.contentapi.common.query.ListQuery;
import dev.contentapi.common.query.ParameterDocs;
import dev.contentapi.common.query.ParameterErrors;
import dev.contentapi.common.query.SlugParameter;
import dev.contentapi.common.ratelimit.Clients;
import dev.contentapi.common.ratelimit.RateLimiter;
import io.vertx.core.http.HttpServerRequest;

@PermitAll
@Path(ArticleRef.PATH + "/{slug}/comments")
@Tag(name = "Comments")
@Produces(MediaType.APPLICATION_JSON)
public class ArticleCommentsResource {

    /** Field-injected: only the POST operations use it. */
    @Inject
    IdempotentPosts idempotent;

    private final CommentService comments;
    private final CommentModerationService moderation;
    private final CursorCodec cursors;

    private final RateLimiter limiter;

    ArticleCommentsResource(CommentService comments, CommentModerationService moderation, CursorCodec cursors,
            RateLimiter limiter) {
        this.limiter = limiter;
        this.comments = comments;
        this.moderation = moderation;
        this.cursors = cursors;
    }

    @GET
    @Operation(summary = "List an article's comment threads", description = "The approved comments on a published article, oldest first, each with its approved replies nested (threads go three levels deep). Paging counts threads.")
    @APIResponse(responseCode = "200", description = "A page of threads.", headers = @Header(name = "Link", description = PagedResponses.LINK_HEADER_DESCRIPTION, schema = @Schema(type = SchemaType.STRING)), content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CommentPage.class), examples = @ExampleObject(name = "threads", value = Examples.COMMENT_PAGE)))
    public RestResponse<CommentPage> listArticleComments(
            @PathParam("slug") @Parameter(description = ParameterDocs.SLUG, example = Examples.COMMENTED_ARTICLE_SLUG) String slug,
            @BeanParam ListParameters paging,
            @QueryParam("sort") @Parameter(description = ParameterDocs.SORT + "createdAt.", example = "createdAt") String sort,
            @Context UriInfo uri) {
        ParameterErrors errors = new ParameterErrors();
        String article = errors.check(() -> SlugParameter.parse(slug));
        ListQuery<Comment> query = ListQuery.read(paging, sort, null, CommentService.LIST, "article=" + article + ";",
                cursors, errors);
        CommentPage page = comments.threads(article, query);
        return PagedResponses.ok(page, page.meta(), uri);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Comment on an article", description = "Anyone. The comment waits for a moderator (`pending`) and is public once approved. "
            + "The email, if given, is for the moderators only. The body is plain text and is always shown as text.")
    @APIResponse(responseCode = "201", description = "The comment, awaiting moderation.", headers = {
            @Header(name = "RateLimit-Policy", description = "The comment limit of this client, as `\"name\";q=<quota>;w=<window seconds>`.", schema = @Schema(type = SchemaType.STRING, maxLength = 200)),
            @Header(name = "RateLimit", description = "What is left of it, as `\"name\";r=<remaining>;t=<seconds to reset>`.", schema = @Schema(type = SchemaType.STRING, maxLength = 200)) }, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubmittedCommentResponse.class), examples = @ExampleObject(name = "pending", value = Examples.COMMENT_SUBMITTED)))
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "429", ref = "RateLimited")
    public RestResponse<Object> submitComment(
            @PathParam("slug") @Parameter(description = ParameterDocs.SLUG, example = Examples.ARTICLE_SLUG) String slug,
            @Valid @NotNull @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CommentRequest.class), examples = @ExampleObject(name = "comment", value = Examples.COMMENT_REQUEST))) CommentRequest request,
            @Context HttpServerRequest http,
            @HeaderParam(IdempotentPosts.HEADER) @Parameter(description = IdempotentPosts.DESCRIPTION, example = "5f0c3a8e-6d0b-4a4e-9a53-2f1f2b9d6c10") String idempotencyKey) {
        return idempotent.run(idempotencyKey, request, () -> {
            String article = SlugParameter.parse(slug);
            String client = Clients.of(http);
            RateLimiter.Usage usage = limiter.hit(limiter.comments(), client);
            SubmittedCommentResponse submitted = moderation.submit(article, request, client);
            return RestResponse.ResponseBuilder.<SubmittedCommentResponse> created(URI.create(submitted.self()))
                    .entity(submitted)
                    .header("RateLimit-Policy", usage.policy().header())
                    .header("RateLimit", usage.header())
                    .build();
        });
    }
}
