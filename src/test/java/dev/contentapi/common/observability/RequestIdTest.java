package dev.contentapi.common.observability;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.contentapi.common.openapi.Examples;
import dev.contentapi.support.FailingResource;
import dev.contentapi.support.OversizedBodies;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Every request has an id: the caller's sane {@code X-Request-Id} or a new UUID. It comes back in the
 * {@code X-Request-Id} header of every response, as {@code requestId} in every problem, and is in the MDC of every log
 * line the request causes.
 */
@QuarkusTest
class RequestIdTest {

    private static final String HEADER = "X-Request-Id";
    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";

    @Test
    void makesANewIdWhenTheCallerSendsNone() {
        String first = given().get("/api/v1/articles?size=1").then().statusCode(200)
                .header(HEADER, matchesPattern(UUID)).extract().header(HEADER);
        given().get("/api/v1/articles?size=1").then().statusCode(200)
                .header(HEADER, matchesPattern(UUID))
                .header(HEADER, not(equalTo(first)));
    }

    @ParameterizedTest
    @ValueSource(strings = { "a", "0af7651916cd43dd8448eb211c80319c", "req-42.retry_1:edge+lb/x==",
            "f81d4fae-7dec-11d0-a765-00a0c91e6bf6" })
    void echoesASaneId(String id) {
        given().header(HEADER, id).get("/api/v1/articles/" + Examples.ARTICLE_SLUG).then()
                .statusCode(200)
                .header(HEADER, equalTo(id));
        given().header(HEADER, id).get("/api/v1/articles/no-such-article").then()
                .statusCode(404)
                .header(HEADER, equalTo(id))
                .body("requestId", equalTo(id));
    }

    @Test
    void echoesAnIdOf128Characters() {
        String id = "x".repeat(128);
        given().header(HEADER, id).get("/api/v1/articles?size=1").then().header(HEADER, equalTo(id));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", " ", "has space", "quote\"d", "semi;colon", "<script>", "tab\there", "{json}",
            "percent%0A", "ümlaut" })
    void replacesAnInsaneId(String id) {
        given().header(HEADER, id).get("/api/v1/articles/no-such-article").then()
                .statusCode(404)
                .header(HEADER, matchesPattern(UUID))
                .body("requestId", matchesPattern(UUID));
    }

    @Test
    void replacesAnOverlongId() {
        given().header(HEADER, "x".repeat(129)).get("/api/v1/articles?size=1").then()
                .header(HEADER, matchesPattern(UUID));
    }

    @Test
    void replacesAnIdSentTwice() {
        given().header(HEADER, "first").header(HEADER, "second").get("/api/v1/articles?size=1").then()
                .header(HEADER, matchesPattern(UUID));
    }

    /**
     * Problems from the resources, the security layer, the unmatched-route handler, the request limits and the
     * last-resort mapper.
     */
    @Test
    void everyProblemCarriesTheIdOfItsHeader() {
        List<Response> problems = List.of(
                given().header(HEADER, "p-400").get("/api/v1/articles?size=500"),
                given().header(HEADER, "p-401").get("/api/v1/tokens"),
                given().header(HEADER, "p-401").auth().oauth2("no-such-token").get("/api/v1/articles"),
                given().header(HEADER, "p-404").get("/api/v1/films/no-such-film"),
                given().header(HEADER, "p-404").get("/nowhere/at/all"),
                given().header(HEADER, "p-405").delete("/api/v1/search"),
                given().header(HEADER, "p-415").contentType("text/plain").body("x").post("/api/v1/tokens"),
                refusedBody(),
                given().header(HEADER, "p-414").get("/api/v1/articles?q=" + "a".repeat(4100)),
                given().header(HEADER, "p-431").header("X-Filler", "a".repeat(17 * 1024)).get("/api/v1/articles"),
                given().header(HEADER, "p-500").get(FailingResource.PATH));
        for (Response problem : problems) {
            String sent = "p-" + problem.statusCode();
            assertThat(problem.contentType()).as(sent).startsWith("application/problem+json");
            assertThat(problem.header(HEADER)).as(sent).isEqualTo(sent);
            assertThat(problem.jsonPath().getString("requestId")).as(sent).isEqualTo(sent);
        }
    }

    /** A body over the limit: a 413. */
    private static Response refusedBody() {
        return OversizedBodies.given().header(HEADER, "p-413").contentType("application/json")
                .body("x".repeat(1024 * 1024 + 1)).post("/api/v1/tokens");
    }

    @Test
    void preflightsAndHealthChecksCarryItToo() {
        given().header(HEADER, "preflight").header("Origin", "https://front.example")
                .header("Access-Control-Request-Method", "GET")
                .options("/api/v1/articles").then()
                .header(HEADER, equalTo("preflight"));
        given().header(HEADER, "health").get("/q/health/live").then()
                .statusCode(200)
                .header(HEADER, equalTo("health"));
    }

    @Test
    void theLogLinesOfARequestCarryItsId() {
        String id = "log-" + java.util.UUID.randomUUID();
        Captured captured = new Captured();
        Logger root = Logger.getLogger("");
        root.addHandler(captured);
        try {
            given().header(HEADER, id).get(FailingResource.PATH).then().statusCode(500);
            given().header(HEADER, "another-request").get(FailingResource.PATH).then().statusCode(500);
        } finally {
            root.removeHandler(captured);
        }
        List<Line> incident = captured.lines.stream()
                .filter(line -> line.message().startsWith("Request to " + FailingResource.PATH + " failed"))
                .toList();
        assertThat(incident).hasSize(2);
        assertThat(incident.get(0).requestId()).isEqualTo(id);
        assertThat(incident.get(0).thread()).as("logged on a worker thread").startsWith("executor-thread");
        assertThat(incident.get(1).requestId()).isEqualTo("another-request");
    }

    private record Line(String message, String thread, String requestId) {
    }

    /** Keeps every log record published while it is installed, with the request id of its MDC. */
    private static final class Captured extends Handler {

        final List<Line> lines = new CopyOnWriteArrayList<>();

        @Override
        public void publish(LogRecord record) {
            if (record instanceof ExtLogRecord ext) {
                lines.add(new Line(ext.getFormattedMessage(), ext.getThreadName(), ext.getMdc(RequestIds.MDC_KEY)));
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
