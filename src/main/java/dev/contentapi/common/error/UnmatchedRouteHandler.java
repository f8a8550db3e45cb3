package dev.contentapi.common.error;

import java.util.List;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Answers requests that no route serves (outside the JAX-RS resources) with a 404 problem, so that every error of the
 * API, not only those of its resources, is {@code application/problem+json}.
 */
@Singleton
public class UnmatchedRouteHandler {

    private final ObjectMapper json;

    UnmatchedRouteHandler(ObjectMapper json) {
        this.json = json;
    }

    void register(@Observes Router router) {
        router.route().last().handler(this::notFound);
    }

    private void notFound(RoutingContext context) {
        String path = context.request().path();
        Problem problem = Problem.of(ProblemType.NOT_FOUND, "There is no resource at " + path + ".", path, List.of());
        try {
            context.response()
                    .setStatusCode(problem.status())
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            context.fail(e);
        }
    }
}
