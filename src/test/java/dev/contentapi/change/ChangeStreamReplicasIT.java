package dev.contentapi.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.contentapi.support.EventStream;
import dev.contentapi.support.PackagedApp;
import dev.contentapi.support.PrivatePostgres;

/**
 * Two replicas of the packaged jar on one database. A client follows the change stream on the first, and the changes
 * written through the second reach it. Then the first is stopped (SIGTERM): its stream ends at once, rather than hold
 * the graceful shutdown for its whole timeout (20 s), and the process exits 0; the client, reconnecting to the second
 * replica with the id of the last event it had, gets exactly the changes it missed, then the live ones.
 */
class ChangeStreamReplicasIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Replicas must share it, so that each accepts the others' cursors (Last-Event-ID). */
    private static final Map<String, String> SHARED = Map.of("CONTENT_CURSOR_SECRET", UUID.randomUUID().toString());

    @Test
    void followsChangesAcrossReplicasAndThroughTheShutdownOfOne() throws Exception {
        try (PrivatePostgres postgres = PrivatePostgres.start()) {
            postgres.createDatabase("content");
            String url = postgres.jdbcUrl("content");
            try (PackagedApp first = PackagedApp.start("changes-first-replica", url, postgres.username(), SHARED);
                    PackagedApp second = PackagedApp.start("changes-second-replica", url, postgres.username(),
                            SHARED)) {
                List<String> slugs = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    slugs.add("replicated-" + i + "-" + UUID.randomUUID().toString().substring(0, 8));
                }
                String lastSeen;
                try (EventStream stream = EventStream.open(streamOf(first), Map.of())) {
                    assertThat(stream.status()).isEqualTo(200);
                    stream.nextComment("changes after the cursor follow");
                    createPerson(second, slugs.get(0));
                    lastSeen = stream.next(event -> about(event, slugs.get(0))).id();

                    long signalled = System.nanoTime();
                    first.terminate();
                    stream.awaitEnd();
                    assertThat(first.awaitExit(Duration.ofSeconds(15))).as(first.logTail()).isZero();
                    System.out.printf("ChangeStreamReplicasIT: the stream ended and the replica exited %d ms after "
                            + "SIGTERM%n", Duration.ofNanos(System.nanoTime() - signalled).toMillis());
                }
                createPerson(second, slugs.get(1));
                createPerson(second, slugs.get(2));
                try (EventStream resumed = EventStream.open(streamOf(second), Map.of("Last-Event-ID", lastSeen))) {
                    assertThat(resumed.status()).isEqualTo(200);
                    resumed.next(event -> about(event, slugs.get(2)));
                    createPerson(second, slugs.get(3));
                    resumed.next(event -> about(event, slugs.get(3)));
                    assertThat(resumed.events().stream().map(event -> slugOf(event)).filter(slugs::contains))
                            .containsExactlyElementsOf(slugs.subList(1, 4));
                }
            }
        }
    }

    private static URI streamOf(PackagedApp app) {
        return URI.create("http://127.0.0.1:" + app.port() + "/api/v1/changes/stream");
    }

    private static void createPerson(PackagedApp app, String slug) {
        int status = app.send(app.request("/api/v1/people")
                .header("Authorization", "Bearer " + PackagedApp.ADMIN_TOKEN)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"slug\":\"" + slug + "\",\"name\":\"Replicated\",\"sortName\":\"Replicated\"}"))
                .build()).statusCode();
        assertThat(status).isEqualTo(201);
    }

    private static boolean about(EventStream.Event event, String slug) {
        return slug.equals(slugOf(event));
    }

    private static String slugOf(EventStream.Event event) {
        try {
            JsonNode change = JSON.readTree(event.data());
            return change.path("slug").asText();
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + event.data(), e);
        }
    }
}
