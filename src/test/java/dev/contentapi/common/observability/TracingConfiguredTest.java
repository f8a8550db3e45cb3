package dev.contentapi.common.observability;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

import dev.contentapi.support.FailingResource;
import dev.contentapi.support.OtlpReceiver;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * With an OTLP endpoint configured (here the standard {@code OTEL_EXPORTER_OTLP_ENDPOINT} and {@code _PROTOCOL}, which
 * {@link TracingConfigSourceFactory} honours), tracing turns on by itself: the server's span of a request, in the
 * trace the caller started with {@code traceparent}, reaches the collector, and the request's log lines carry that
 * trace's id.
 */
@QuarkusTest
@TestProfile(TracingConfiguredTest.Configured.class)
class TracingConfiguredTest {

    /** A local OTLP/HTTP receiver, and spans sent every 100 ms rather than every 5 s. */
    public static class Configured implements QuarkusTestProfile {

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(OtlpReceiver.class));
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.otel.bsp.schedule.delay", "100ms");
        }
    }

    @ConfigProperty(name = "quarkus.otel.exporter.otlp.traces.endpoint")
    String endpoint;

    @Inject
    OpenTelemetry openTelemetry;

    @Test
    void hasASpanProcessor() {
        assertThat(((OpenTelemetrySdk) openTelemetry).getSdkTracerProvider().toString())
                .doesNotContain("NoopSpanProcessor");
    }

    @Test
    void logLinesCarryTheCallersTraceId() {
        String traceId = UUID.randomUUID().toString().replace("-", "");
        List<String> traceIds = new CopyOnWriteArrayList<>();
        Handler captured = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record instanceof ExtLogRecord ext && ext.getFormattedMessage().startsWith("Request to "
                        + FailingResource.PATH + " failed")) {
                    traceIds.add(ext.getMdc("traceId"));
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(captured);
        try {
            given().header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                    .get(FailingResource.PATH).then().statusCode(500);
        } finally {
            root.removeHandler(captured);
        }
        assertThat(traceIds).containsExactly(traceId);
    }

    @Test
    void exportsTheSpansOfARequestInTheCallersTrace() throws Exception {
        String traceId = UUID.randomUUID().toString().replace("-", "");
        given().header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .get("/api/v1/articles?size=1").then().statusCode(200);

        String received = "";
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest report = HttpRequest.newBuilder(URI.create(endpoint + "/received")).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!received.contains(traceId) && System.nanoTime() < deadline) {
            received = client.send(report, BodyHandlers.ofString()).body();
        }
        assertThat(received).as("an OTLP export holding trace %s", traceId).contains(traceId);
        assertThat(received).as("the service name")
                .contains(HexFormat.of().formatHex("content-api".getBytes(StandardCharsets.US_ASCII)));
    }
}
