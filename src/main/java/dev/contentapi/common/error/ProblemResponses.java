package dev.contentapi.common.error;

import java.time.Duration;
import java.util.List;

import jakarta.ws.rs.core.Response;

/** Builds problem responses, for the exception mappers and anything else that answers an error. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static Response.ResponseBuilder of(ProblemType type, String detail, String instance,
            List<FieldProblem> errors) {
        return Response.status(type.status())
                .type(Problem.MEDIA_TYPE)
                .entity(Problem.of(type, detail, instance, errors));
    }

    public static Response.ResponseBuilder of(ProblemType type, String detail, String instance) {
        return of(type, detail, instance, List.of());
    }

    /** A duration as the whole seconds of a {@code Retry-After} header, rounded up, at least 1. */
    public static long seconds(Duration duration) {
        long seconds = duration.toSeconds() + (duration.toNanosPart() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }
}
