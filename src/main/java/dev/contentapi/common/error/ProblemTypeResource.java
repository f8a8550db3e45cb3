package dev.contentapi.common.error;

import java.util.Arrays;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Makes every problem {@code type} URI resolve to a description of that kind of problem. */
@PermitAll
@Path("/problems")
@Tag(name = "Problem types")
@Produces(MediaType.APPLICATION_JSON)
public class ProblemTypeResource {

    /** A kind of problem, as its type URI describes it. */
    @Schema(name = "ProblemType")
    public record ProblemTypeResponse(
            @Schema(example = "/problems/not-found", required = true) String type,
            @Schema(example = "Not found", required = true) String title,
            @Schema(example = "404", required = true) int status,
            @Schema(required = true) String description) {

        static ProblemTypeResponse of(ProblemType type) {
            return new ProblemTypeResponse(type.uri(), type.title(), type.status(), type.description());
        }
    }

    @GET
    @Operation(summary = "List the kinds of problem", description = "Every value that the `type` of a problem response can take.")
    public List<ProblemTypeResponse> listProblemTypes() {
        return Arrays.stream(ProblemType.values()).map(ProblemTypeResponse::of).toList();
    }

    @GET
    @Path("{slug}")
    @Operation(summary = "Describe a kind of problem", description = "What a problem `type` means and what to do about it.")
    public ProblemTypeResponse getProblemType(
            @PathParam("slug") @Parameter(description = "The last segment of the type URI.", example = "not-found") String slug) {
        return Arrays.stream(ProblemType.values())
                .filter(type -> type.slug().equals(slug))
                .findFirst()
                .map(ProblemTypeResponse::of)
                .orElseThrow(() -> ProblemException.notFound("No problem type is called '" + slug + "'."));
    }
}
