package dev.contentapi.common.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.equalToIgnoringCase;
import static org.hamcrest.Matchers.startsWith;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import dev.contentapi.common.openapi.Examples;
import dev.contentapi.support.BodyReadingResource;
import dev.contentapi.support.OversizedBodies;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * Requests too large for the API are refused with problems before anything reads them: a body over 1 MiB (413), a URI
 * over 4096 characters (414), header fields over 16 KiB (431). Past the HTTP server's own, higher limits (a request
 * line over 8192 bytes, headers over 32 KiB), and for a body sent without {@code Content-Length} that grows past 1 MiB
 * while it is read, the server answers by itself, with the status and no body; a URI that is not a URI at all is a bare
 * 400 from the server too. The README says why.
 */
@QuarkusTest
class RequestLimitsTest {

    private static final int MAX_BODY = 1024 * 1024;
    private static final String COMMENTS = "/api/v1/articles/" + Examples.ARTICLE_SLUG + "/comments";

    @TestHTTPResource("/")
    URL root;

    private static ValidatableResponse assertProblem(ValidatableResponse response, int status, String type,
            String title, String instance) {
        return response
                .statusCode(status)
                .header("Content-Type", startsWith("application/problem+json"))
                .body("type", equalTo(type))
                .body("title", equalTo(title))
                .body("status", equalTo(status))
                .body("instance", equalTo(instance));
    }

    /** A JSON object of exactly {@code size} bytes: {"a":"aaa…"}. */
    private static String jsonOfSize(int size) {
        return "{\"a\":\"" + "a".repeat(size - 8) + "\"}";
    }

    @Test
    void returns413ProblemForABodyOverTheLimitAndClosesTheConnection() {
        assertProblem(refusedBody(), 413, "/problems/content-too-large", "Content too large", COMMENTS)
                .header("Connection", equalToIgnoringCase("close"))
                .body("detail", equalTo("The body is 1048577 bytes long; at most 1048576 are accepted."));
    }

    /** A body one byte over the limit: a 413. */
    private static io.restassured.response.ValidatableResponse refusedBody() {
        return OversizedBodies.given().contentType("application/json").body(jsonOfSize(MAX_BODY + 1)).post(COMMENTS)
                .then();
    }

    @Test
    void readsABodyOfExactlyTheLimit() {
        given().contentType("application/json").body(jsonOfSize(MAX_BODY)).post(BodyReadingResource.PATH).then()
                .statusCode(200)
                .body("a.length()", equalTo(MAX_BODY - 8));
    }

    @Test
    void returns414ProblemForAUriOverTheLimit() {
        String path = "/api/v1/articles";
        String query = "q=" + "a".repeat(4096 - path.length() - 3);
        given().urlEncodingEnabled(false).get(path + "?" + query).then().statusCode(400);
        assertProblem(given().urlEncodingEnabled(false).get(path + "?" + query + "a").then(), 414,
                "/problems/uri-too-long", "URI too long", path)
                .body("detail", equalTo("The URI is 4097 characters long; at most 4096 are accepted."));
    }

    @Test
    void returns431ProblemForHeaderFieldsOverTheLimit() {
        assertProblem(given().header("X-Filler", "a".repeat(17 * 1024)).get("/api/v1/articles").then(), 431,
                "/problems/header-fields-too-large", "Request header fields too large", "/api/v1/articles")
                .body("detail", startsWith("The header fields take "))
                .body("detail", org.hamcrest.Matchers.endsWith(" bytes; at most 16384 are accepted."));
    }

    @Test
    void refusalsCarryCorsHeadersForBrowsers() {
        given().header("Origin", "https://front.example").urlEncodingEnabled(false)
                .get("/api/v1/articles?q=" + "a".repeat(5000)).then()
                .statusCode(414)
                .header("Access-Control-Allow-Origin", "https://front.example");
    }

    @Test
    void answersABare414PastTheServersRequestLineLimit() {
        given().urlEncodingEnabled(false).get("/api/v1/articles?q=" + "a".repeat(9000)).then()
                .statusCode(414)
                .body(emptyString());
    }

    @Test
    void answersABare431PastTheServersHeaderLimit() {
        given().header("X-Filler", "a".repeat(33 * 1024)).get("/api/v1/articles").then()
                .statusCode(431)
                .body(emptyString());
    }

    /** A malformed percent-escape (no client library sends one, so it goes over a socket). */
    @Test
    void answersABare400ForAUriThatIsNotAUri() throws IOException {
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write("GET /api/v1/articles/%ZZ HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
            assertThat(response).startsWith("HTTP/1.1 400").containsIgnoringCase("content-length: 0\r\n")
                    .endsWith("\r\n\r\n");
        }
    }

    /** Without Content-Length the size is known only while reading: past the limit, a bare 413 and the end. */
    @Test
    void cutsOffABodyWithoutContentLengthThatGrowsPastTheLimit() throws IOException {
        byte[] json = jsonOfSize(MAX_BODY + 64 * 1024).getBytes(StandardCharsets.US_ASCII);
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + BodyReadingResource.PATH + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            int chunk = 16 * 1024;
            String status = null;
            InputStream in = socket.getInputStream();
            try {
                for (int offset = 0; offset < json.length; offset += chunk) {
                    int length = Math.min(chunk, json.length - offset);
                    out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(json, offset, length);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } catch (IOException closed) {
                // the server may close the connection before the whole body is sent
            }
            status = statusLine(in);
            assertThat(status).startsWith("HTTP/1.1 413");
        }
    }

    private static String statusLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int next = in.read(); next >= 0 && next != '\n'; next = in.read()) {
            line.write(next);
        }
        return line.toString(StandardCharsets.US_ASCII).trim();
    }
}
