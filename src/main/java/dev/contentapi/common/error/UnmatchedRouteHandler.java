package dev.contentapi.common.error;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Answers requests that no route serves (outside the JAX-RS resources) with a 404 problem, so that the errors of the
 * whole HTTP surface are problems, not only those of the resources.
 */
@Singleton
public class UnmatchedRouteHandler {

    private final RouteProblems problems;

    UnmatchedRouteHandler(RouteProblems problems) {
        this.problems = problems;
    }

    void register(@Observes Router router) {
        router.route().last().handler(this::notFound);
    }

    private void notFound(RoutingContext context) {
        problems.send(context, ProblemType.NOT_FOUND, "There is no resource at " + context.request().path() + ".");
    }
}
