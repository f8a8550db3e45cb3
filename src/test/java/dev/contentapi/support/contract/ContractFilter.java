package dev.contentapi.support.contract;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.http.Header;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * Checks every answer a test receives through REST Assured against the OpenAPI document the application serves (see
 * {@link OpenApiContract}), and fails the request, before the test asserts anything, with what does not fit. Installed
 * for every {@code @QuarkusTest} and {@code @QuarkusIntegrationTest} by {@link ContractCallback}; a request opts out
 * only with {@link Contract#unchecked(String)}.
 */
public final class ContractFilter implements OrderedFilter {

    /** The answers not checked at all, each with why: they are not the API's, so not in its document. */
    record Skipped(String prefix, boolean exact, String reason) {

        boolean covers(String path) {
            return exact ? path.equals(prefix) : path.startsWith(prefix);
        }
    }

    static final List<Skipped> SKIPPED = List.of(
            new Skipped("/q/", false, "Quarkus' own endpoints: health (MicroProfile Health JSON), metrics "
                    + "(Prometheus text), the OpenAPI document itself, Swagger UI"),
            new Skipped("/", true, "the example front end's page (static HTML, not the API)"),
            new Skipped("/index.html", true, "the example front end's page (static HTML, not the API)"),
            new Skipped("/app/", false, "the example front end's scripts, styles and icon (static files)"));

    /**
     * Routes that exist but are hidden from the document on purpose: their answers are not checked, but their errors
     * must be problems, as everywhere.
     */
    static final List<Skipped> HIDDEN = List.of(
            new Skipped("/test-support/", false, "test-only resources on the test classpath, hidden from the "
                    + "document (@Operation(hidden = true)) to make failures, slow statements and bodies on demand"));

    /**
     * Refusals the HTTP server sends by itself, without a body, before any route runs (README, Reliability, Limits): a
     * request line past {@code quarkus.http.limits.max-initial-line-length} (414), header fields past
     * {@code quarkus.http.limits.max-header-size} (431). Their status must still be documented for the operation; only
     * the body may be missing. (A request from an origin CORS does not allow is a 403 problem: common/http/CorsRejections.)
     */
    static final Set<Integer> BARE_REFUSALS = Set.of(414, 431);

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
            FilterContext context) {
        Response response = context.next(request, responseSpec);
        if (request.getDefinedFilters().stream().anyMatch(Contract.Unchecked.class::isInstance)) {
            return response;
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (Header header : response.getHeaders()) {
            headers.computeIfAbsent(header.getName(), name -> new ArrayList<>()).add(header.getValue());
        }
        check(request.getMethod(), request.getURI(), request.getHeaders().hasHeaderWithName(
                "Access-Control-Request-Method"), response.getStatusCode(), headers, response.asByteArray());
        return response;
    }

    /**
     * Checks one answer, however it was received (REST Assured here, {@link java.net.http.HttpClient} for the
     * packaged jar and event streams), failing with what does not fit.
     *
     * @param preflight whether the request was a CORS preflight (named {@code Access-Control-Request-Method})
     */
    public static void check(String method, String uri, boolean preflight, int status,
            Map<String, List<String>> headers, byte[] body) {
        String path = rawPath(uri);
        if (SKIPPED.stream().anyMatch(skipped -> skipped.covers(path))) {
            return;
        }
        if (method.equalsIgnoreCase("OPTIONS") && preflight) {
            // a CORS preflight, answered by the CORS filter before any route (CorsTest): not an operation
            return;
        }
        OpenApiContract.Exchange exchange = new OpenApiContract.Exchange(method, path, status, headers, body,
                BARE_REFUSALS.contains(status));
        OpenApiContract contract = OpenApiContract.servedBy(origin(uri));
        List<String> violations = new ArrayList<>();
        if (HIDDEN.stream().anyMatch(hidden -> hidden.covers(path))) {
            if (exchange.status() >= 400) {
                contract.problem(exchange, violations);
            }
        } else {
            violations.addAll(contract.violations(exchange));
        }
        if (!violations.isEmpty()) {
            throw new AssertionError("The answer to " + exchange + " breaks the OpenAPI document:\n  - "
                    + String.join("\n  - ", violations) + "\nContent-Type: "
                    + exchange.header("Content-Type").orElse("(none)") + "\nBody: "
                    + excerpt(new String(body, java.nio.charset.StandardCharsets.UTF_8)));
        }
    }

    /** After every other filter, so that it sees the answer as the test does. */
    @Override
    public int getOrder() {
        return OrderedFilter.HIGHEST_PRECEDENCE;
    }

    /** Scheme, host and port of a URI as sent (it may hold characters {@link URI} refuses, on purpose). */
    static URI origin(String uri) {
        int scheme = uri.indexOf("://");
        int slash = uri.indexOf('/', scheme + 3);
        return URI.create(slash < 0 ? uri : uri.substring(0, slash));
    }

    /** The path of a URI as sent, still percent-encoded, without the query. */
    static String rawPath(String uri) {
        String rest = uri;
        int scheme = rest.indexOf("://");
        if (scheme >= 0) {
            int slash = rest.indexOf('/', scheme + 3);
            rest = slash < 0 ? "/" : rest.substring(slash);
        }
        int query = rest.indexOf('?');
        return Optional.of(query < 0 ? rest : rest.substring(0, query)).filter(p -> !p.isEmpty()).orElse("/");
    }

    private static String excerpt(String body) {
        return body.length() <= 2000 ? body : body.substring(0, 2000) + "…";
    }
}
