package dev.contentapi.comment;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.contentapi.common.error.ProblemException;

@PermitAll
@Path(CommentService.PATH)
@Tag(name = "Comments")
@Produces(MediaType.APPLICATION_JSON)
public class CommentResource {

    private final CommentService comments;

    CommentResource(CommentService comments) {
        this.comments = comments;
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Get a public comment", description = "One approved comment on a published article, with its approved replies; anything else answers 404.")
    public CommentDocument getComment(
            @PathParam("id") @Parameter(description = "The comment's id.", example = "1", schema = @Schema(type = SchemaType.INTEGER, minimum = "1")) String id) {
        return comments.get(parseId(id));
    }

    private static long parseId(String id) {
        if (!id.matches("[1-9][0-9]{0,17}")) {
            throw ProblemException.invalidParameter("id", "must be a positive integer, not '" + id + "'");
        }
        return Long.parseLong(id);
    }
}
