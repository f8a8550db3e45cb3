package dev.contentapi.common.observability;

import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.jboss.logging.MDC;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Gives every request an id, before any other route sees it: the caller's {@code X-Request-Id} when it is sane (1 to
 * 128 letters, digits and {@code - _ . : + / =}, sent once), otherwise a new UUID. The id goes into the logging MDC as
 * {@code requestId} for every log line of the request (the event loop, the worker threads and the access log share the
 * request's Vert.x context, which holds the MDC), into the {@code X-Request-Id} header of every response, and into
 * every problem body.
 */
@Singleton
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";

    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:+/=-]{1,128}");

    void register(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_HEADERS).handler(this::identify);
    }

    private void identify(RoutingContext context) {
        String id = chosen(context.request().headers().getAll(HEADER));
        MDC.put(MDC_KEY, id);
        context.response().putHeader(HEADER, id);
        context.next();
    }

    /** The caller's id when it sent exactly one sane one, otherwise a new one. */
    static String chosen(List<String> sent) {
        if (sent.size() == 1 && SANE.matcher(sent.get(0)).matches()) {
            return sent.get(0);
        }
        return UUID.randomUUID().toString();
    }

    /** The id of the request being served on this thread, or null outside a request. */
    public static String current() {
        Object id = MDC.get(MDC_KEY);
        return id == null ? null : id.toString();
    }
}
