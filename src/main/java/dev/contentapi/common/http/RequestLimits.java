package dev.contentapi.common.http;

import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.contentapi.common.error.ProblemType;
import dev.contentapi.common.error.RouteProblems;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Refuses requests that are too large with problems, before anything reads them: a URI longer than
 * {@code content.http.max-uri-length} (414), header fields larger than {@code content.http.max-header-size} in all
 * (431), and a body whose {@code Content-Length} is over {@code quarkus.http.limits.max-body-size} (413, the connection
 * then closed, its body unread). The HTTP server's own limits ({@code quarkus.http.limits.max-initial-line-length} and
 * {@code max-header-size}) are set higher: past them it stops parsing and answers by itself, without a body.
 */
@Singleton
public class RequestLimits {

    /** Before Quarkus' own body-size check (order -2), after its CORS filter, so refusals carry CORS headers. */
    static final int ORDER = -3;

    private final RouteProblems problems;
    private final int maxUriLength;
    private final long maxHeaderSize;
    private final Optional<MemorySize> maxBodySize;

    RequestLimits(RouteProblems problems,
            @ConfigProperty(name = "content.http.max-uri-length") int maxUriLength,
            @ConfigProperty(name = "content.http.max-header-size") MemorySize maxHeaderSize,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> maxBodySize) {
        this.problems = problems;
        this.maxUriLength = maxUriLength;
        this.maxHeaderSize = maxHeaderSize.asLongValue();
        this.maxBodySize = maxBodySize;
    }

    void register(@Observes Router router) {
        router.route().order(ORDER).handler(this::check);
    }

    private void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        int uriLength = request.uri().length();
        if (uriLength > maxUriLength) {
            problems.send(context, ProblemType.URI_TOO_LONG, "The URI is " + uriLength + " characters long; at most "
                    + maxUriLength + " are accepted.");
            return;
        }
        long headerSize = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            // as on the wire: "name: value" and a line break
            headerSize += header.getKey().length() + 2 + header.getValue().length() + 2;
        }
        if (headerSize > maxHeaderSize) {
            problems.send(context, ProblemType.HEADER_FIELDS_TOO_LARGE, "The header fields take " + headerSize
                    + " bytes; at most " + maxHeaderSize + " are accepted.");
            return;
        }
        if (maxBodySize.isPresent() && declaredLength(request) > maxBodySize.get().asLongValue()) {
            // the body is never read, so the connection cannot carry another request: close it once answered
            context.response().putHeader(HttpHeaders.CONNECTION, HttpHeaders.CLOSE)
                    .endHandler(ended -> request.connection().close());
            problems.send(context, ProblemType.CONTENT_TOO_LARGE, "The body is " + declaredLength(request)
                    + " bytes long; at most " + maxBodySize.get().asLongValue() + " are accepted.");
            return;
        }
        context.next();
    }

    private static long declaredLength(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return -1;
        }
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
