package dev.contentapi.common.http;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.contentapi.common.error.ProblemType;
import dev.contentapi.common.error.RouteProblems;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Refuses a request from a browser origin that may not call the API (not in {@code quarkus.http.cors.origins}, nor the
 * API's own host), or with a method that {@code quarkus.http.cors.methods} does not allow, with a 403 problem. Quarkus'
 * CORS filter, which runs next, would refuse it with a bare 403 without a body. Requests from the API's own host pass
 * on to that filter, which compares scheme and port too.
 */
@Singleton
public class CorsRejections {

    /** Before Quarkus' CORS filter: filters run at the negative of their priority, and CORS has priority 300. */
    static final int ORDER = -301;

    private final RouteProblems problems;
    private final boolean enabled;
    private final List<String> origins;
    private final List<Pattern> originPatterns;
    private final boolean anyOrigin;
    private final Optional<List<String>> methods;

    CorsRejections(RouteProblems problems,
            @ConfigProperty(name = "quarkus.http.cors.enabled", defaultValue = "false") boolean enabled,
            @ConfigProperty(name = "quarkus.http.cors.origins") Optional<List<String>> origins,
            @ConfigProperty(name = "quarkus.http.cors.methods") Optional<List<String>> methods) {
        this.problems = problems;
        this.enabled = enabled;
        this.origins = origins.orElse(List.of());
        this.anyOrigin = this.origins.contains("*") || this.origins.contains("/.*/");
        this.originPatterns = this.origins.stream()
                .filter(origin -> origin.length() > 1 && origin.startsWith("/") && origin.endsWith("/"))
                .map(origin -> Pattern.compile(origin.substring(1, origin.length() - 1))).toList();
        this.methods = methods.filter(list -> !list.contains("*"))
                .map(list -> list.stream().map(method -> method.strip().toUpperCase(Locale.ROOT)).toList());
    }

    void register(@Observes Router router) {
        if (enabled) {
            router.route().order(ORDER).handler(this::check);
        }
    }

    private void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (origin == null) {
            context.next();
            return;
        }
        if (!allowed(origin) && !fromOwnHost(request, origin)) {
            problems.send(context, ProblemType.FORBIDDEN,
                    "Requests from the origin '" + origin + "' are not allowed (CORS): it is not among the origins "
                            + "this API serves.");
            return;
        }
        if (methods.isPresent() && !methods.get().contains(request.method().name())) {
            problems.send(context, ProblemType.FORBIDDEN, "Cross-origin requests may not use the method "
                    + request.method().name() + "; they may use " + String.join(", ", methods.get()) + ".");
            return;
        }
        context.next();
    }

    private boolean allowed(String origin) {
        if (anyOrigin || origins.contains(origin)) {
            return true;
        }
        return originPatterns.stream().anyMatch(pattern -> pattern.matcher(origin).matches());
    }

    private static boolean fromOwnHost(HttpServerRequest request, String origin) {
        HostAndPort authority = request.authority();
        if (authority == null) {
            return false;
        }
        try {
            String host = URI.create(origin).getHost();
            return host != null && host.equalsIgnoreCase(authority.host());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
