package dev.contentapi.change;

import static dev.contentapi.change.Feed.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URL;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

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
import io.restassured.path.json.JsonPath;

/**
 * Changes are numbered in commit order, so a reader that resumes after the last change it saw never skips one that
 * was numbered earlier but committed later.
 */
@QuarkusTest
class ChangeOrderTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    Fixtures fixtures;

    @TestHTTPResource("/api/v1/changes/stream")
    URL stream;

    /**
     * Two writers: the first has written its change (and so its event) but not committed; the second then writes and
     * commits, or waits. A reader reads meanwhile, then resumes after what it read once both have committed: it must
     * have seen both changes, the first first. (Were events numbered when written, the second would be committed with
     * the higher number while the first is not, the reader's cursor would pass it, and the first would be skipped for
     * ever. Here the second waits for the first to commit.)
     */
    @Test
    void aReaderResumingAfterALaterChangeNeverSkipsAnEarlierOneThatCommitsAfterIt() throws Exception {
        Person first = fixtures.person("First Writer", "Writer, First");
        Person second = fixtures.person("Second Writer", "Writer, Second");
        String cursor = Feed.latest(null);
        ExecutorService writers = Executors.newSingleThreadExecutor();
        try (Connection open = Database.connect()) {
            open.setAutoCommit(false);
            try (Statement statement = open.createStatement()) {
                statement.executeUpdate("update person set name = 'First, changed', version = version + 1 where id = "
                        + first.id);
                statement.execute("set constraints person_change_event immediate"); // its event is written now
            }
            Future<?> later = writers.submit(() -> {
                try (Connection connection = Database.connect(); Statement statement = connection.createStatement()) {
                    statement.executeUpdate("update person set name = 'Second, changed', version = version + 1 "
                            + "where id = " + second.id); // autocommit: its event is written as it commits
                }
                return null;
            });
            awaitCommittedOrWaiting(later);
            Feed.Read meanwhile = Feed.after(cursor, null);

            open.commit();
            later.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            Feed.Read resumed = Feed.after(meanwhile.next(), null);
            List<String> seen = new ArrayList<>();
            for (Feed.Read read : List.of(meanwhile, resumed)) {
                read.events().stream().map(event -> (String) event.get("slug"))
                        .filter(slug -> first.slug.equals(slug) || second.slug.equals(slug)).forEach(seen::add);
            }
            assertThat(seen).containsExactly(first.slug, second.slug);
            assertThat(meanwhile.events()).as("nothing of the second before the first commits")
                    .noneMatch(event -> second.slug.equals(event.get("slug")));
        } finally {
            writers.shutdownNow();
        }
    }

    /** Until the writer has committed, or waits for a lock (which, here, only the first writer can hold). */
    private static void awaitCommittedOrWaiting(Future<?> writer) throws SQLException {
        try (Connection connection = Database.connect(); Statement statement = connection.createStatement()) {
            await("the second writer to commit or wait").atMost(PATIENCE).pollInterval(Duration.ofMillis(5))
                    .until(() -> writer.isDone() || waiting(statement));
        }
    }

    private static boolean waiting(Statement statement) throws SQLException {
        try (ResultSet waiting = statement.executeQuery("select count(*) from pg_locks where not granted "
                + "and database = (select oid from pg_database where datname = current_database())")) {
            waiting.next();
            return waiting.getLong(1) > 0;
        }
    }

    /**
     * Writers change people through the API from several threads while a reader polls the feed with small pages and a
     * client follows the stream. Both get every change of those people exactly once, in the order the database
     * numbered them.
     */
    @Test
    void readersResumingWhileWritersRunGetEveryChangeOnceInCommitOrder() throws Exception {
        String editor = Tokens.create("editor");
        int writers = 4;
        int edits = 8;
        List<String> slugs = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            slugs.add(Fixtures.unique("concurrent"));
        }
        String cursor = Feed.latest(null);
        ExecutorService pool = Executors.newFixedThreadPool(writers + 1);
        AtomicBoolean writing = new AtomicBoolean(true);
        try (EventStream live = EventStream.open(stream.toURI(), Map.of("Last-Event-ID", cursor))) {
            assertThat(live.status()).isEqualTo(200);
            Future<List<String>> reader = pool.submit(() -> {
                List<String> read = new ArrayList<>();
                String next = cursor;
                boolean stillWriting;
                boolean more;
                do {
                    stillWriting = writing.get(); // read first: once false, this read sees every write
                    JsonPath page = as(null).queryParam("after", next).queryParam("size", 3)
                            .queryParam("types", "person").get("/api/v1/changes").then().statusCode(200)
                            .extract().jsonPath();
                    for (Map<String, Object> event : page.<Map<String, Object>> getList("data")) {
                        if (slugs.contains(event.get("slug"))) {
                            read.add(event.get("slug") + "@" + event.get("version"));
                        }
                    }
                    next = page.getString("meta.nextCursor");
                    more = page.getBoolean("meta.hasMore");
                } while (stillWriting || more);
                return read;
            });
            List<Future<?>> work = new ArrayList<>();
            for (String slug : slugs) {
                work.add(pool.submit(() -> {
                    as(editor).contentType("application/json")
                            .body("{\"slug\":\"" + slug + "\",\"name\":\"Concurrent\",\"sortName\":\"Concurrent\"}")
                            .post("/api/v1/people").then().statusCode(201);
                    for (int version = 0; version < edits; version++) {
                        as(editor).header("If-Match", "\"" + version + "\"")
                                .contentType("application/merge-patch+json")
                                .body("{\"shortBio\":\"Edit " + version + "\"}").patch("/api/v1/people/" + slug)
                                .then().statusCode(200);
                    }
                    return null;
                }));
            }
            for (Future<?> done : work) {
                done.get(2, TimeUnit.MINUTES);
            }
            writing.set(false);
            List<String> polled = reader.get(2, TimeUnit.MINUTES);

            List<String> committed = committedOrder(slugs);
            assertThat(committed).hasSize(writers * (edits + 1));
            assertThat(polled).containsExactlyElementsOf(committed);

            String last = committed.get(committed.size() - 1);
            live.next(event -> last.equals(describe(event)));
            List<String> streamed = live.events().stream().map(ChangeOrderTest::describe)
                    .filter(described -> slugs.contains(described.substring(0, described.indexOf('@'))))
                    .collect(Collectors.toList());
            assertThat(streamed).containsExactlyElementsOf(committed);
        } finally {
            writing.set(false);
            pool.shutdownNow();
        }
    }

    private static String describe(EventStream.Event event) {
        try {
            JsonNode change = JSON.readTree(event.data());
            return change.path("slug").asText() + "@" + change.path("version").asInt();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    /** The changes of these people as the database numbered them. */
    private static List<String> committedOrder(List<String> slugs) throws SQLException {
        List<String> order = new ArrayList<>();
        try (Connection connection = Database.connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select slug, version from change_event "
                        + "where item_type = 'person' and slug in ('" + String.join("','", slugs) + "') order by seq")) {
            while (rows.next()) {
                order.add(rows.getString(1) + "@" + rows.getLong(2));
            }
        }
        return order;
    }
}
