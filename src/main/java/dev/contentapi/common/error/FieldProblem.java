package dev.contentapi.common.error;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One thing wrong with a request: a query or path parameter, or a body field named by a JSON pointer. Its OpenAPI
 * schema is in {@code META-INF/openapi.yaml}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldProblem(String parameter, String pointer, String detail) {

    public static FieldProblem parameter(String name, String detail) {
        return new FieldProblem(name, null, detail);
    }

    public static FieldProblem pointer(String pointer, String detail) {
        return new FieldProblem(null, pointer, detail);
    }
}
