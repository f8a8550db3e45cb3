package dev.contentapi.comment;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
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

import dev.contentapi.common.http.MergePatch;
import dev.contentapi.common.http.Versions;
import dev.contentapi.common.openapi.Examples;
import dev.contentapi.common.paging.PagedResponses;
import dev.contentapi.common.persistence.CodedEnum;
import dev.contentapi.common.query.CursorCodec;
import dev.contentapi.common.query.FilterValues;
import dev.contentapi.common.query.IdParameter;
import dev.contentapi.common.query.ListParameters;
import dev.contentapi.common.query.ListQuery;
import dev.contentapi.common.query.ParameterDocs;
import dev.contentapi.common.query.ParameterErrors;
import dev.contentapi.common.security.Roles;

@PermitAll
@Path(CommentService.PATH)
@Tag(name = "Comments")
@Produces(MediaType.APPLICATION_JSON)
public class CommentResource {

    private final CommentService comments;
    private final CommentModerationService moderation;
    private final CursorCodec cursors;

    CommentResource(CommentService comments, CommentModerationService moderation, CursorCodec cursors) {
        this.comments = comments;
        this.moderation = moderation;
        this.cursors = cursors;
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Get a public comment", description = "One approved comment on a published article, with its approved replies; anything else answers 404.")
    @APIResponse(responseCode = "200", description = "The comment and its replies.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CommentDocument.class), examples = @ExampleObject(name = "comment", value = Examples.COMMENT_DOCUMENT)))
    public CommentDocument getComment(
            @PathParam("id") @Parameter(description = "The comment's id.", example = "1", schema = @Schema(type = SchemaType.INTEGER, minimum = "1")) String id) {
        return comments.get(IdParameter.parse(id));
    }

    @GET
    @RolesAllowed(Roles.MODERATOR)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "List comments for moderation", description = "Moderators. The comments with one status, on every article, oldest first: "
            + "`status=pending` (the default) is the moderation queue.")
    @APIResponse(responseCode = "200", description = "A page of comments, with their emails and notes.", headers = @Header(name = "Link", description = PagedResponses.LINK_HEADER_DESCRIPTION, schema = @Schema(type = SchemaType.STRING)), content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ModerationPage.class), examples = @ExampleObject(name = "queue", value = Examples.MODERATION_PAGE)))
    public RestResponse<ModerationPage> listComments(@BeanParam ListParameters paging,
            @QueryParam("status") @Parameter(description = "pending (default), approved, rejected or spam.", example = "pending") String status,
            @QueryParam("sort") @Parameter(description = ParameterDocs.SORT
                    + "createdAt. Default: createdAt (oldest first).", example = "createdAt") String sort,
            @Context UriInfo uri) {
        ParameterErrors errors = new ParameterErrors();
        List<String> statuses = status == null ? List.of("pending")
                : errors.check(() -> FilterValues.oneOf("status", List.of(status), CommentModerationService.STATUSES));
        String wanted = statuses == null ? null : statuses.get(0);
        ListQuery<Comment> query = ListQuery.read(paging, sort, null, CommentService.LIST, "status=" + wanted + ";",
                cursors, errors);
        ModerationPage page = moderation.queue(CodedEnum.fromCode(CommentStatus.class, wanted), query);
        return PagedResponses.ok(page, page.meta(), uri);
    }

    @PATCH
    @Path("{id}")
    @RolesAllowed(Roles.MODERATOR)
    @SecurityRequirement(name = "bearer")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(summary = "Moderate a comment", description = "Moderators. Sets the status (approve, reject, mark as spam, or back to pending) and the private note. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "The comment as moderated, with its new ETag.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ModeratedCommentResponse.class), examples = @ExampleObject(name = "approved", value = Examples.COMMENT_MODERATED)))
    public RestResponse<ModeratedCommentResponse> moderateComment(
            @PathParam("id") @Parameter(description = "The comment's id.", example = "1", schema = @Schema(type = SchemaType.INTEGER, minimum = "1")) String id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = Versions.IF_MATCH_DESCRIPTION, example = "\"0\"") String ifMatch,
            @NotNull @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = ModerationRequest.class), examples = @ExampleObject(name = "approve", value = Examples.MODERATION_REQUEST))) JsonNode patch) {
        ModeratedCommentResponse moderated = moderation.moderate(IdParameter.parse(id), ifMatch, patch);
        return RestResponse.ResponseBuilder.ok(moderated).tag(Versions.etag(moderated.version())).build();
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.MODERATOR)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Delete a comment", description = "Moderators. Deletes it and its replies. Needs If-Match.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public void deleteComment(
            @PathParam("id") @Parameter(description = "The comment's id.", example = "1", schema = @Schema(type = SchemaType.INTEGER, minimum = "1")) String id,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = Versions.IF_MATCH_DESCRIPTION, example = "\"0\"") String ifMatch) {
        moderation.delete(IdParameter.parse(id), ifMatch);
    }
}
