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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.contentapi.common.openapi.Examples;

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
    @APIResponse(responseCode = "200", description = "Every kind of problem.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = ProblemTypeResponse.class), examples = @ExampleObject(name = "types", value = Examples.PROBLEM_TYPES)))
    public List<ProblemTypeResponse> listProblemTypes() {
        return Arrays.stream(ProblemType.values()).map(ProblemTypeResponse::of).toList();
    }

    @GET
    @Path("{slug}")
    @Operation(summary = "Describe a kind of problem", description = "What a problem `type` means and what to do about it.")
    @APIResponse(responseCode = "200", description = "The kind of problem.", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProblemTypeResponse.class), examples = @ExampleObject(name = "not-found", value = Examples.PROBLEM_TYPE)))
    public ProblemTypeResponse getProblemType(
            @PathParam("slug") @Parameter(description = "The last segment of the type URI.", example = "not-found") String slug) {
        return Arrays.stream(ProblemType.values())
                .filter(type -> type.slug().equals(slug))
                .findFirst()
                .map(ProblemTypeResponse::of)
                .orElseThrow(() -> ProblemException.notFound("No problem type is called '" + slug + "'."));
    }
}
