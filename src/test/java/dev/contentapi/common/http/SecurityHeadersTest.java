package dev.contentapi.common.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.io.IOException;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.contentapi.common.openapi.Examples;
import dev.contentapi.support.Fixtures;
import dev.contentapi.support.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;

/**
 * Every answer of the API carries the security headers a JSON API should send, however it is made: by a resource, by
 * the response cache's fast path (a hit and a 304), by a route before the resources (unknown paths, the limits), by the
 * security layer (401, 403) and by the CORS filter (a preflight). Strict-Transport-Security is sent only when configured
 * ({@link StrictTransportSecurityTest}). The pages meant for a browser keep what they need.
 */
@QuarkusTest
class SecurityHeadersTest {

    static final Map<String, String> API_HEADERS = Map.of(
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "Referrer-Policy", "no-referrer",
            "Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'",
            "Cross-Origin-Resource-Policy", "same-origin");

    private static final String COMMENTS = "/api/v1/articles/" + Examples.ARTICLE_SLUG + "/comments";

    @Inject
    Fixtures fixtures;

    @TestHTTPResource("/")
    URL root;

    /** Asserts the API's security headers, that no Strict-Transport-Security is sent unconfigured, nor a Server. */
    static ValidatableResponse secured(ValidatableResponse response) {
        API_HEADERS.forEach((name, value) -> response.header(name, equalTo(value)));
        return response.header("Strict-Transport-Security", nullValue()).header("Server", nullValue());
    }

    @Test
    void sendsThemWithReadsWritesAndProblemsOfTheResources() {
        secured(given().get("/api/v1/articles?size=1").then().statusCode(200));
        secured(given().get("/api/v1/articles/" + Examples.ARTICLE_SLUG).then().statusCode(200));
        secured(given().get("/api/v1/articles/no-such-article").then().statusCode(404));
        secured(given().get("/api/v1/articles?size=500").then().statusCode(400));
        secured(given().accept("text/html").get("/api/v1/articles").then().statusCode(406));
        secured(given().delete("/api/v1/search").then().statusCode(405));
        secured(given().contentType("application/json").body("{\"authorName\":\"Headers\",\"body\":\"Seen.\"}")
                .post(COMMENTS).then().statusCode(201));
        secured(given().get("/problems").then().statusCode(200));
        secured(given().get("/problems/not-found").then().statusCode(200));
        secured(given().get("/api/v1/changes?after=latest").then().statusCode(200));
    }

    @Test
    void sendsThemWhenAuthenticationOrAuthorizationFails() {
        secured(given().get("/api/v1/tokens").then().statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer")));
        secured(given().auth().oauth2("cat_not-a-token").get("/api/v1/articles").then().statusCode(401));
        secured(given().auth().oauth2(Tokens.create("editor")).get("/api/v1/tokens").then().statusCode(403));
        secured(given().auth().oauth2(Tokens.ADMIN).get("/api/v1/tokens").then().statusCode(200)
                .header("Cache-Control", equalTo("private, no-store")));
    }

    @Test
    void sendsThemWithCachedAnswersAndNotModified() {
        String tag = Fixtures.unique("headers");
        fixtures.article().title("Headers").tags(tag).create();
        String path = "/api/v1/articles?tag=" + tag;
        AtomicReference<Response> hit = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(20)).until(() -> {
            hit.set(given().get(path));
            return "content-api; hit".equals(hit.get().header("Cache-Status"));
        });
        secured(hit.get().then().statusCode(200));
        String etag = hit.get().header("ETag");
        secured(given().header("If-None-Match", etag).get(path).then().statusCode(304)
                .header("Cache-Status", equalTo("content-api; hit")));
        // the same 304 from the resource: a cross-origin request is never answered from the cache
        secured(given().header("Origin", "https://front.example").header("If-None-Match", etag).get(path).then()
                .statusCode(304)
                .header("Cache-Status", equalTo("content-api; fwd=miss"))
                .header("Access-Control-Allow-Origin", equalTo("https://front.example")));
    }

    @Test
    void sendsThemWithTheProblemsOfRoutesBeforeTheResources() throws IOException {
        secured(given().get("/no-such-page").then().statusCode(404)
                .body("type", equalTo("/problems/not-found")));
        secured(given().post("/api/v2/articles").then().statusCode(404));
        secured(given().urlEncodingEnabled(false).get("/api/v1/articles?q=" + "a".repeat(5000)).then()
                .statusCode(414));
        secured(given().header("X-Filler", "a".repeat(17 * 1024)).get("/api/v1/articles").then().statusCode(431));

        Map<String, String> tooLarge = rawHeaders("POST " + COMMENTS + " HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\nContent-Length: 2000000\r\n\r\n");
        assertThat(tooLarge.get(":status")).isEqualTo("413");
        assertThat(tooLarge.get("content-type")).startsWith("application/problem+json");
        API_HEADERS.forEach((name, value) -> assertThat(tooLarge.get(name.toLowerCase(Locale.ROOT))).as(name)
                .isEqualTo(value));
    }

    @Test
    void sendsThemWithPreflightsAndTheOperationsDocument() {
        secured(given().header("Origin", "https://front.example").header("Access-Control-Request-Method", "GET")
                .options("/api/v1/articles").then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("https://front.example")));
        secured(given().get("/q/openapi?format=json").then().statusCode(200));
        secured(given().get("/q/health/ready").then().statusCode(200));
    }

    @Test
    void leavesTheBrowserPagesTheirOwnPolicies() {
        // Swagger UI runs scripts of its own: everything but the API's Content-Security-Policy
        given().get("/q/swagger-ui/").then().statusCode(200)
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("X-Frame-Options", equalTo("DENY"))
                .header("Content-Security-Policy", nullValue());
        // the example front end sends its own (FrontEndTest)
        given().get("/").then().statusCode(200)
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Content-Security-Policy", startsWith("default-src 'none'; script-src 'self';"))
                .header("Referrer-Policy", equalTo("same-origin"));
    }

    /**
     * The head of the answer to a request sent over a socket, without its body, so that the 413 is read whole: a
     * client library writing the body could lose the race against the server closing the connection. Header names are
     * in lower case; {@code :status} is the status code.
     */
    private Map<String, String> rawHeaders(String request) throws IOException {
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String[] lines = answer.substring(0, answer.indexOf("\r\n\r\n")).split("\r\n");
            Map<String, String> headers = new TreeMap<>();
            headers.put(":status", lines[0].split(" ")[1]);
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).trim());
            }
            return headers;
        }
    }
}
