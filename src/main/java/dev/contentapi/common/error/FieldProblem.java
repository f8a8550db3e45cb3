package dev.contentapi.common.error;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One thing wrong with a request: a query or path parameter, or a body field named by a JSON pointer. */
@Schema(name = "FieldProblem")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldProblem(
        @Schema(description = "The query or path parameter at fault.", example = "size") String parameter,
        @Schema(description = "JSON pointer (RFC 6901) to the body field at fault.", example = "/title") String pointer,
        @Schema(description = "What is wrong, and what is allowed.", example = "must be an integer from 1 to 100", required = true) String detail) {

    public static FieldProblem parameter(String name, String detail) {
        return new FieldProblem(name, null, detail);
    }

    public static FieldProblem pointer(String pointer, String detail) {
        return new FieldProblem(null, pointer, detail);
    }
}
