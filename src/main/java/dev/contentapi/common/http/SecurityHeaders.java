package dev.contentapi.common.http;

import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Puts the security headers a JSON API should send on every answer, before any other route runs, so that every way of
 * answering carries them: the resources, the response cache's fast path, 304s, and the problems sent by routes (limits,
 * shutdown, unknown paths). A JSON API needs nothing loaded, framed or sniffed:
 * <ul>
 * <li>{@code X-Content-Type-Options: nosniff}, {@code X-Frame-Options: DENY}, {@code Referrer-Policy: no-referrer};</li>
 * <li>{@code Content-Security-Policy: default-src 'none'; frame-ancestors 'none'}, should an answer ever be opened as a
 * page;</li>
 * <li>{@code Cross-Origin-Resource-Policy: same-origin}: a page of another origin cannot pull an answer into its
 * process with {@code <script>}, {@code <img>} and other no-cors loads. Front ends on other origins are unaffected: they
 * call with {@code fetch}, XHR or {@code EventSource}, in CORS mode, to which the policy does not apply (Fetch
 * standard, "cross-origin resource policy check"); CORS alone says who may read;</li>
 * <li>{@code Strict-Transport-Security}, only when {@code content.http.strict-transport-security} gives its value: the
 * API cannot tell by itself whether its clients reach it over TLS (a proxy usually ends TLS in front of it).</li>
 * </ul>
 * Pages meant for a browser keep what they need: the example front end ({@code quarkus.http.filter.front-end}) sends
 * its own policy and headers, and Swagger UI and the Dev UI, which run scripts of their own, get everything but the
 * Content-Security-Policy. HSTS, which holds for the whole host, goes on them too.
 */
@Singleton
public class SecurityHeaders {

    public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";
    public static final String CROSS_ORIGIN_RESOURCE_POLICY = "same-origin";

    /** Pages with scripts of their own, served by Quarkus under the non-application root. */
    private static final Pattern TOOL_PAGES = Pattern.compile("/q/(swagger-ui|dev-ui)(/.*)?");

    private final Pattern frontEnd;
    private final Optional<String> strictTransportSecurity;

    SecurityHeaders(@ConfigProperty(name = "quarkus.http.filter.front-end.matches") String frontEnd,
            @ConfigProperty(name = "content.http.strict-transport-security") Optional<String> strictTransportSecurity) {
        this.frontEnd = Pattern.compile(frontEnd);
        this.strictTransportSecurity = strictTransportSecurity.map(String::strip).filter(value -> !value.isEmpty());
    }

    void register(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_HEADERS).handler(this::add);
    }

    private void add(RoutingContext context) {
        MultiMap headers = context.response().headers();
        strictTransportSecurity.ifPresent(value -> headers.set("Strict-Transport-Security", value));
        String path = context.normalizedPath();
        if (!frontEnd.matcher(path).matches()) {
            headers.set("X-Content-Type-Options", "nosniff")
                    .set("X-Frame-Options", "DENY")
                    .set("Referrer-Policy", "no-referrer")
                    .set("Cross-Origin-Resource-Policy", CROSS_ORIGIN_RESOURCE_POLICY);
            if (!TOOL_PAGES.matcher(path).matches()) {
                headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            }
        }
        context.next();
    }
}
