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
 * Answers requests that no route serves (outside the JAX-RS resources) with a 404 problem, so that the errors of the
 * whole HTTP surface are problems, not only those of the resources. (A URI that is not a URI at all, such as one with a
 * malformed percent-escape, is refused by the server with a bare 400 before any route sees it.)
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
        send(context, Problem.of(ProblemType.NOT_FOUND, "There is no resource at " + path + ".", path, List.of()));
    }

    private void send(RoutingContext context, Problem problem) {
        try {
            context.response()
                    .setStatusCode(problem.status())
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            context.response().setStatusCode(500).end();
        }
    }
}
