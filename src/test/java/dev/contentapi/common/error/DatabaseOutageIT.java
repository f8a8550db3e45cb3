package dev.contentapi.common.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.contentapi.common.openapi.Examples;
import dev.contentapi.support.PackagedApp;
import dev.contentapi.support.PrivatePostgres;

/**
 * The packaged jar against a PostgreSQL this test owns and stops: while the database is down, every request, read or
 * write, anonymous or with a token, is answered within 2 seconds with a 503 problem and {@code Retry-After} (never a
 * hang, never a 500), readiness is down and liveness up; once the database is back, the API serves again within 5
 * seconds, with no restart, and nothing refused during the outage was written.
 */
class DatabaseOutageIT {

    private static final Duration PROMPT = Duration.ofSeconds(2);
    private static final Duration RECOVERY = Duration.ofSeconds(5);
    private static final String ARTICLE = "/api/v1/articles/" + Examples.ARTICLE_SLUG;
    private static final String OUTAGE_PERSON = "written-during-the-outage";

    private static final ObjectMapper JSON = new ObjectMapper();

    private static PrivatePostgres postgres;
    private static PackagedApp app;

    @BeforeAll
    static void start() {
        postgres = PrivatePostgres.start();
        postgres.createDatabase("content");
        app = PackagedApp.start("database-outage-it", postgres.jdbcUrl("content"), postgres.username());
    }

    @AfterAll
    static void stop() {
        try {
            if (app != null) {
                app.close();
            }
        } finally {
            if (postgres != null) {
                postgres.close();
            }
        }
    }

    /** Reads and writes of every kind: lists (native SQL), items (Hibernate), search, token checks, rate limits. */
    private static Map<String, HttpRequest> requests(String etag) {
        Map<String, HttpRequest> requests = new LinkedHashMap<>();
        requests.put("list articles", app.request("/api/v1/articles?size=5").GET().build());
        requests.put("read an article", app.request(ARTICLE).GET().build());
        requests.put("read a person", app.request("/api/v1/people/" + Examples.PERSON_SLUG).GET().build());
        requests.put("list films", app.request("/api/v1/films").GET().build());
        requests.put("search", app.request("/api/v1/search?q=astronaut").GET().build());
        requests.put("read with an unknown token", app.request("/api/v1/articles")
                .header("Authorization", "Bearer not-a-token").GET().build());
        requests.put("create a person", app.request("/api/v1/people")
                .header("Authorization", "Bearer " + PackagedApp.ADMIN_TOKEN)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", "outage-1")
                .POST(HttpRequest.BodyPublishers.ofString("{\"slug\":\"" + OUTAGE_PERSON
                        + "\",\"name\":\"Written During\",\"sortName\":\"During, Written\"}"))
                .build());
        requests.put("patch an article", app.request(ARTICLE)
                .header("Authorization", "Bearer " + PackagedApp.ADMIN_TOKEN)
                .header("Content-Type", "application/merge-patch+json")
                .header("If-Match", etag)
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"dek\":\"Written during the outage\"}"))
                .build());
        requests.put("comment", app.request(ARTICLE + "/comments")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"authorName\":\"Ana\",\"body\":\"During the outage\"}"))
                .build());
        return requests;
    }

    private static HttpRequest asEditor(String path) {
        return app.request(path).header("Authorization", "Bearer " + PackagedApp.ADMIN_TOKEN).GET().build();
    }

    @Test
    void answers503ProblemsWhileTheDatabaseIsDownAndServesAgainWhenItReturns() throws Exception {
        // as an editor: answers with credentials are never kept in the response cache, so nothing asked for below is
        HttpResponse<String> before = app.send(asEditor(ARTICLE));
        assertThat(before.statusCode()).as(before.body()).isEqualTo(200);
        String etag = before.headers().firstValue("ETag").orElseThrow();

        postgres.stop();

        Duration slowest = Duration.ZERO;
        for (Map.Entry<String, HttpRequest> request : requests(etag).entrySet()) {
            long start = System.nanoTime();
            HttpResponse<String> response = app.send(request.getValue());
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            slowest = took.compareTo(slowest) > 0 ? took : slowest;
            String what = request.getKey() + " while the database is down (" + took.toMillis() + " ms): "
                    + response.body();
            assertThat(response.statusCode()).as(what).isEqualTo(503);
            assertThat(took).as(what).isLessThan(PROMPT);
            assertThat(response.headers().firstValue("Content-Type")).as(what).hasValue(Problem.MEDIA_TYPE);
            assertThat(response.headers().firstValue("Retry-After")).as(what).hasValue("5");
            JsonNode problem = JSON.readTree(response.body());
            assertThat(problem.path("type").asText()).as(what).isEqualTo("/problems/service-unavailable");
            assertThat(problem.path("title").asText()).as(what).isEqualTo("Service unavailable");
            assertThat(problem.path("status").asInt()).as(what).isEqualTo(503);
            assertThat(problem.path("detail").asText()).as(what)
                    .isEqualTo("The database is not available; try again in 5 seconds.");
            assertThat(problem.path("instance").asText()).as(what)
                    .isEqualTo(request.getValue().uri().getPath());
        }
        System.out.printf("DatabaseOutageIT: slowest 503 while the database was down: %d ms%n", slowest.toMillis());

        long readinessStart = System.nanoTime();
        HttpResponse<String> readiness = app.get("/q/health/ready");
        Duration readinessTook = Duration.ofNanos(System.nanoTime() - readinessStart);
        assertThat(readiness.statusCode()).as(readiness.body()).isEqualTo(503);
        assertThat(JSON.readTree(readiness.body()).path("status").asText()).isEqualTo("DOWN");
        assertThat(readinessTook).isLessThan(PROMPT);
        System.out.printf("DatabaseOutageIT: readiness DOWN after %d ms%n", readinessTook.toMillis());
        HttpResponse<String> liveness = app.get("/q/health/live");
        assertThat(liveness.statusCode()).as("a database outage is no reason to restart the API: " + liveness.body())
                .isEqualTo(200);

        postgres.startAgain();
        long recoveryStart = System.nanoTime();
        List<Integer> seen = new ArrayList<>();
        await("the API to serve again").atMost(RECOVERY).pollInterval(Duration.ofMillis(100)).until(() -> {
            int status = app.get("/api/v1/articles?size=5").statusCode();
            seen.add(status);
            return status == 200;
        });
        Duration recovered = Duration.ofNanos(System.nanoTime() - recoveryStart);
        System.out.printf("DatabaseOutageIT: serving again %d ms after the database accepted connections (%s)%n",
                recovered.toMillis(), seen);
        assertThat(seen).as("answers while the database came back").allMatch(status -> status == 200 || status == 503);

        assertThat(app.get("/q/health/ready").statusCode()).isEqualTo(200);
        for (HttpRequest read : List.of(app.request(ARTICLE).GET().build(),
                app.request("/api/v1/search?q=astronaut").GET().build())) {
            assertThat(app.send(read).statusCode()).as(read.uri().toString()).isEqualTo(200);
        }
        HttpResponse<String> after = app.send(asEditor(ARTICLE));
        assertThat(after.headers().firstValue("ETag")).as("the article refused a change stays unchanged")
                .hasValue(etag);
        assertThat(JSON.readTree(after.body()).path("data").path("dek").asText())
                .isNotEqualTo("Written during the outage");
        assertThat(app.get("/api/v1/people/" + OUTAGE_PERSON).statusCode())
                .as("the person refused during the outage was not made").isEqualTo(404);
        HttpResponse<String> created = app.send(app.request("/api/v1/people")
                .header("Authorization", "Bearer " + PackagedApp.ADMIN_TOKEN)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"slug\":\"written-after-the-outage\","
                        + "\"name\":\"Written After\",\"sortName\":\"After, Written\"}"))
                .build());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }
}
