package dev.contentapi.common.error;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.contentapi.common.observability.RequestIds;

/**
 * An RFC 9457 problem detail, the body of every error response ({@code application/problem+json}). Its OpenAPI schema
 * is in {@code META-INF/openapi.yaml}. {@code requestId} is an extension member: the request's {@code X-Request-Id},
 * which is also in the response's header and on every log line of the request.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        String requestId,
        List<FieldProblem> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(ProblemType type, String detail, String instance, List<FieldProblem> errors) {
        return new Problem(type.uri(), type.title(), type.status(), detail, instance, RequestIds.current(), errors);
    }
}
