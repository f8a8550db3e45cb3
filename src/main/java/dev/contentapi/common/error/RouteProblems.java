package dev.contentapi.common.error;

import java.util.List;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * Answers a problem from a Vert.x route, for the refusals made before a request reaches the JAX-RS resources (unmatched
 * routes, limits, shutdown), so that they look like every other error.
 */
@Singleton
public class RouteProblems {

    private final ObjectMapper json;

    RouteProblems(ObjectMapper json) {
        this.json = json;
    }

    /** Ends the response with the problem; headers set on it before are kept. */
    public void send(RoutingContext context, ProblemType type, String detail) {
        String path = context.request().path();
        Problem problem = Problem.of(type, detail, path, List.of());
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A problem could not be written as JSON", e);
        }
        context.response()
                .setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(body);
    }
}
