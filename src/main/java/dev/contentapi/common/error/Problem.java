package dev.contentapi.common.error;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An RFC 9457 problem detail, the body of every error response ({@code application/problem+json}). */
@Schema(name = "Problem", description = "RFC 9457 problem details: the body of every error response.")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        @Schema(description = "Identifies the kind of problem; `GET` it for a description.", example = "/problems/not-found", required = true) String type,
        @Schema(description = "Short summary of the kind of problem.", example = "Not found", required = true) String title,
        @Schema(description = "The HTTP status code.", example = "404", required = true) int status,
        @Schema(description = "What went wrong with this request.", example = "No article has the slug 'no-such-article'.") String detail,
        @Schema(description = "The path of the request that failed.", example = "/api/v1/articles/no-such-article") String instance,
        @Schema(description = "One entry for each parameter or field at fault.") List<FieldProblem> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(ProblemType type, String detail, String instance, List<FieldProblem> errors) {
        return new Problem(type.uri(), type.title(), type.status(), detail, instance, errors);
    }
}
