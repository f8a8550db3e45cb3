package dev.contentapi.common.observability;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.contentapi.support.Metrics;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * The packaged jar in production mode: its output is JSON lines, the access log line of each request carries the
 * request's id (in its MDC and its message), the id comes back in the header and the problem body, metrics are served,
 * and tracing, not configured, says nothing. The jar's output is what {@code @QuarkusIntegrationTest} writes to
 * {@code target/quarkus.log}.
 */
@QuarkusIntegrationTest
class ObservabilityIT {

    private static final Path LOG = Path.of("target", "quarkus.log");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void logsJsonLinesThatCarryTheRequestId() throws IOException {
        String id = "it-" + UUID.randomUUID();
        given().header("X-Request-Id", id).get("/api/v1/articles/no-such-article").then()
                .statusCode(404)
                .header("X-Request-Id", equalTo(id))
                .body("requestId", equalTo(id));

        JsonNode access = awaitLine(line -> id.equals(line.path("mdc").path("requestId").asText()))
                .orElseThrow(() -> new AssertionError("no log line with requestId " + id + " in " + LOG));
        assertThat(access.path("loggerName").asText()).isEqualTo("io.quarkus.http.access-log");
        assertThat(access.path("level").asText()).isEqualTo("INFO");
        assertThat(access.path("timestamp").asText()).isNotEmpty();
        assertThat(access.path("message").asText())
                .contains("\"GET /api/v1/articles/no-such-article HTTP/1.1\" 404")
                .endsWith("requestId=" + id);
        assertThat(lines()).as("every line of the output is a JSON object").allSatisfy(line -> assertThat(line.isObject()));
    }

    @Test
    void servesMetricsByRouteTemplate() {
        given().get("/api/v1/people/jose-hernandez").then().statusCode(200);
        assertThat(Metrics.scrapeUntil(samples -> Metrics.value(samples, "http_server_requests_seconds_count", "uri",
                "/api/v1/people/{slug}", "status", "200") >= 1))
                .anyMatch(s -> s.name().equals("http_server_requests_seconds_count")
                        && s.has("uri", "/api/v1/people/{slug}", "status", "200"))
                .anyMatch(s -> s.name().equals("agroal_active_count"))
                .anyMatch(s -> s.name().equals("jvm_gc_live_data_size_bytes"));
    }

    @Test
    void saysNothingAboutTracingWhenItIsNotConfigured() throws IOException {
        given().header("traceparent", "00-" + UUID.randomUUID().toString().replace("-", "") + "-00f067aa0ba902b7-01")
                .get("/api/v1/articles?size=1").then().statusCode(200);
        assertThat(lines()).noneMatch(line -> line.path("loggerName").asText().contains("opentelemetry")
                || line.path("message").asText().contains("4317"));
    }

    /** Reads the output until a line matches, for at most ten seconds: the access log is written as the response ends. */
    private static Optional<JsonNode> awaitLine(java.util.function.Predicate<JsonNode> wanted) throws IOException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        Optional<JsonNode> found = lines().stream().filter(wanted).findFirst();
        while (found.isEmpty() && System.nanoTime() < deadline) {
            found = lines().stream().filter(wanted).findFirst();
        }
        return found;
    }

    private static List<JsonNode> lines() throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : Files.readAllLines(LOG, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                try {
                    lines.add(JSON.readTree(line));
                } catch (IOException e) {
                    throw new AssertionError("not a JSON line: " + line, e);
                }
            }
        }
        return lines;
    }
}
