package dev.contentapi.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.contentapi.person.Person;
import dev.contentapi.support.Database;
import dev.contentapi.support.EventStream;
import dev.contentapi.support.Fixtures;
import dev.contentapi.support.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** The live stream, read by a real HTTP client as Server-Sent Events. */
@QuarkusTest
class ChangeStreamTest {

    private static final String OPENED = "changes after the cursor follow";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** {@code %test.content.changes.stream.max-subscribers}. */
    private static final int MAX_SUBSCRIBERS = 5;

    @TestHTTPResource("/api/v1/changes/stream")
    URL stream;

    @Inject
    ChangeStream streams;

    @Inject
    Fixtures fixtures;

    private EventStream open(String query, Map<String, String> headers) {
        try {
            URI uri = stream.toURI();
            return EventStream.open(query == null ? uri : new URI(uri + "?" + query), headers);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode change(EventStream.Event event) {
        try {
            return JSON.readTree(event.data());
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + event.data(), e);
        }
    }

    private static boolean about(EventStream.Event event, String slug) {
        return slug.equals(change(event).path("slug").asText());
    }

    private static List<String> slugsIn(EventStream events, List<String> slugs) {
        return events.events().stream().map(event -> change(event).path("slug").asText()).filter(slugs::contains)
                .toList();
    }

    private void awaitSubscribers(int count) {
        await("open streams: " + count).atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(10))
                .until(streams::subscribers, equalTo(count));
    }

    @Test
    void sendsEachChangeAsItIsCommittedWithItsCursorAsId() {
        try (EventStream events = open(null, Map.of())) {
            assertThat(events.status()).isEqualTo(200);
            assertThat(events.header("Content-Type")).startsWith("text/event-stream");
            assertThat(events.header("Cache-Control")).isEqualTo("no-store");
            events.nextComment(OPENED);
            Person person = fixtures.person("Live", "Live");
            EventStream.Event event = events.next(candidate -> about(candidate, person.slug));
            JsonNode change = change(event);
            assertThat(change.path("type").asText()).isEqualTo("person");
            assertThat(change.path("operation").asText()).isEqualTo("created");
            assertThat(change.path("id").asLong()).isEqualTo(person.id);
            assertThat(change.path("self").asText()).isEqualTo("/api/v1/people/" + person.slug);
            assertThat(change.path("cursor").asText()).isEqualTo(event.id());
            assertThat(Feed.after(event.id(), null).about("person", person.slug)).isEmpty();
        }
    }

    @Test
    void resumesFromLastEventIdWithExactlyTheChangesMissed() {
        String before = Feed.latest(null);
        List<String> slugs = new ArrayList<>();
        String lastSeen;
        try (EventStream first = open(null, Map.of())) {
            first.nextComment(OPENED);
            slugs.add(fixtures.person("Seen", "Seen").slug);
            lastSeen = first.next(event -> about(event, slugs.get(0))).id();
        }
        for (int i = 0; i < 3; i++) {
            slugs.add(fixtures.person("Missed " + i, "Missed").slug);
        }
        // As EventSource reconnects: the URL it was made with, and the id of the last event it had.
        try (EventStream resumed = open("after=" + before, Map.of("Last-Event-ID", lastSeen))) {
            assertThat(resumed.status()).isEqualTo(200);
            resumed.next(event -> about(event, slugs.get(3)));
            slugs.add(fixtures.person("Live again", "Live").slug);
            resumed.next(event -> about(event, slugs.get(4)));
            assertThat(slugsIn(resumed, slugs)).containsExactlyElementsOf(slugs.subList(1, 5));
        }
        try (EventStream fromAfter = open("after=" + before, Map.of())) {
            fromAfter.next(event -> about(event, slugs.get(4)));
            assertThat(slugsIn(fromAfter, slugs)).containsExactlyElementsOf(slugs);
        }
    }

    @Test
    void sendsAHeartbeatCommentToKeepProxiesFromClosingTheConnection() {
        try (EventStream events = open(null, Map.of())) {
            events.nextComment("heartbeat");
            events.nextComment("heartbeat");
        }
    }

    @Test
    void refusesStreamsPastTheBoundAndForgetsTheOnesClientsClose() {
        awaitSubscribers(0);
        List<EventStream> open = new ArrayList<>();
        try {
            for (int i = 0; i < MAX_SUBSCRIBERS; i++) {
                EventStream events = open(null, Map.of());
                open.add(events);
                assertThat(events.status()).isEqualTo(200);
            }
            assertThat(streams.subscribers()).isEqualTo(MAX_SUBSCRIBERS);
            try (EventStream refused = open(null, Map.of())) {
                assertThat(refused.status()).isEqualTo(503);
                assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
                assertThat(refused.header("Retry-After")).isEqualTo("5");
                JsonNode problem = JSON.readTree(refused.body());
                assertThat(problem.path("type").asText()).isEqualTo("/problems/service-unavailable");
                assertThat(problem.path("status").asInt()).isEqualTo(503);
                assertThat(problem.path("detail").asText()).startsWith("This server already streams changes to as "
                        + "many clients as it may.");
            }
            open.remove(0).close();
            awaitSubscribers(MAX_SUBSCRIBERS - 1);
            EventStream again = open(null, Map.of());
            open.add(again);
            assertThat(again.status()).isEqualTo(200);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        } finally {
            open.forEach(EventStream::close);
        }
        awaitSubscribers(0);
    }

    /** Another replica's writes reach this one's streams through PostgreSQL: the table, and its notification. */
    @Test
    void carriesChangesCommittedElsewhere() throws SQLException {
        Person person = fixtures.person("Elsewhere", "Elsewhere");
        String written = Fixtures.unique("written-elsewhere");
        try (EventStream events = open(null, Map.of())) {
            events.nextComment(OPENED);
            try (Connection connection = Database.connect(); Statement statement = connection.createStatement()) {
                statement.executeUpdate("update person set short_bio = 'Changed by another replica', "
                        + "version = version + 1 where id = " + person.id);
                statement.executeUpdate("insert into change_event (item_type, item_id, slug, operation, version, "
                        + "public_before, public_after) values ('person', " + person.id + ", '" + written
                        + "', 'updated', 9, true, true)");
            }
            JsonNode update = change(events.next(event -> about(event, person.slug)));
            assertThat(update.path("operation").asText()).isEqualTo("updated");
            assertThat(update.path("version").asLong()).isEqualTo(1);
            JsonNode inserted = change(events.next(event -> about(event, written)));
            assertThat(inserted.path("version").asLong()).isEqualTo(9);
        }
    }

    /**
     * The notification connection is cut as a change commits, so its notification is lost: once the connection is
     * back (or on the next heartbeat while it is not), the stream reads the table again and the change arrives.
     */
    @Test
    void catchesUpWithAChangeWhoseNotificationWasLost() throws SQLException {
        Person person = fixtures.person("Unnotified", "Unnotified");
        try (EventStream events = open(null, Map.of())) {
            events.nextComment(OPENED);
            try (Connection connection = Database.connect()) {
                connection.setAutoCommit(false);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("select pg_terminate_backend(pid) from pg_stat_activity "
                            + "where application_name = 'content-api-notifications' and datname = current_database()");
                    statement.executeUpdate("update person set short_bio = 'Changed unheard', "
                            + "version = version + 1 where id = " + person.id);
                }
                connection.commit();
            }
            JsonNode change = change(events.next(event -> about(event, person.slug)));
            assertThat(change.path("version").asLong()).isEqualTo(1);
        }
    }

    @Test
    void streamsToEachCallerWhatTheyMaySee() {
        String editor = Tokens.create("editor");
        String slug = Fixtures.unique("streamed-draft");
        try (EventStream anonymous = open(null, Map.of());
                EventStream staff = open(null, Map.of("Authorization", "Bearer " + editor))) {
            anonymous.nextComment(OPENED);
            staff.nextComment(OPENED);
            Feed.as(editor).contentType("application/json")
                    .body("{\"slug\":\"" + slug + "\",\"title\":\"Streamed\",\"language\":\"en\"}")
                    .post("/api/v1/articles").then().statusCode(201);
            Feed.as(editor).header("If-Match", "\"0\"").post("/api/v1/articles/" + slug + "/publish").then()
                    .statusCode(200);
            staff.next(event -> about(event, slug) && "published".equals(change(event).path("operation").asText()));
            anonymous.next(event -> about(event, slug));
            assertThat(operations(staff, slug)).containsExactly("created", "published");
            assertThat(operations(anonymous, slug)).containsExactly("published");
        }
    }

    private static List<String> operations(EventStream events, String slug) {
        return events.events().stream().filter(event -> about(event, slug))
                .map(event -> change(event).path("operation").asText()).toList();
    }

    @Test
    void streamsOnlyTheTypesAskedFor() {
        try (EventStream films = open("types=film", Map.of())) {
            films.nextComment(OPENED);
            Person person = fixtures.person("Not a film", "Film, Not");
            String film = fixtures.film("Streamed", null).slug;
            films.next(event -> about(event, film));
            assertThat(films.events()).noneMatch(event -> about(event, person.slug));
            assertThat(films.events()).allMatch(event -> "film".equals(change(event).path("type").asText()));
        }
    }

    /** Browsers send Last-Event-ID when EventSource reconnects; across origins, that needs a preflight. */
    @Test
    void letsBrowsersOnAllowedOriginsResumeAcrossOrigins() {
        io.restassured.RestAssured.given().header("Origin", "https://front.example")
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "last-event-id")
                .options("/api/v1/changes/stream").then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", "https://front.example")
                .header("Access-Control-Allow-Headers", org.hamcrest.Matchers.containsString("Last-Event-ID"));
    }

    @Test
    void refusesABadLastEventIdOrTypeBeforeStreaming() throws java.io.IOException {
        try (EventStream refused = open("types=film,dog", new HashMap<>(Map.of("Last-Event-ID", "42")))) {
            assertThat(refused.status()).isEqualTo(400);
            JsonNode problem = JSON.readTree(refused.body());
            assertThat(problem.path("type").asText()).isEqualTo("/problems/invalid-parameter");
            List<String> parameters = new ArrayList<>();
            problem.path("errors").forEach(error -> parameters.add(error.path("parameter").asText()));
            assertThat(parameters).containsExactlyInAnyOrder("Last-Event-ID", "types");
        }
    }
}
