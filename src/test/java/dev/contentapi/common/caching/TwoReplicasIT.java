package dev.contentapi.common.caching;

import static dev.contentapi.support.Polling.until;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.io.File;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.contentapi.common.security.TokenValues;
import dev.contentapi.support.Fixtures;
import dev.contentapi.support.PostgresTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Two replicas of the packaged jar on one database — the one the test framework starts, and a second one this test
 * starts — each with its response cache on: a write through either is seen by the other within a second, and by
 * itself at once.
 */
@QuarkusIntegrationTest
class TwoReplicasIT {

    private static final Duration ONE_SECOND = Duration.ofSeconds(1);
    private static final String EDITOR = "replicas-" + UUID.randomUUID();

    private static Process second;
    private static int secondPort;

    @BeforeAll
    static void startASecondReplica() throws Exception {
        Map<String, String> datasource = PostgresTestResource.datasource();
        insertEditorToken(datasource);
        try (ServerSocket socket = new ServerSocket(0)) {
            secondPort = socket.getLocalPort();
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, "-jar",
                Path.of("target", "quarkus-app", "quarkus-run.jar").toString());
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(secondPort));
        builder.environment().put("QUARKUS_DATASOURCE_JDBC_URL", datasource.get("quarkus.datasource.jdbc.url"));
        builder.environment().put("QUARKUS_DATASOURCE_USERNAME", datasource.get("quarkus.datasource.username"));
        builder.environment().put("QUARKUS_DATASOURCE_PASSWORD", datasource.get("quarkus.datasource.password"));
        builder.redirectErrorStream(true).redirectOutput(new File("target/second-replica.log"));
        second = builder.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!ready()) {
            assertThat(second.isAlive()).as("the second replica runs (see target/second-replica.log)").isTrue();
            assertThat(System.nanoTime()).as("the second replica is ready within a minute").isLessThan(deadline);
            Thread.sleep(100); // polling a process that starts: there is nothing to wait on but its port
        }
    }

    @AfterAll
    static void stopTheSecondReplica() throws InterruptedException {
        if (second != null) {
            second.destroy();
            if (!second.waitFor(30, TimeUnit.SECONDS)) {
                second.destroyForcibly();
            }
        }
    }

    @Test
    void aWriteThroughOneReplicaReachesTheOthersCacheWithinASecond() {
        String slug = createPublished("Written on the first");
        String path = "/api/v1/articles/" + slug;
        cached(secondPort(), path).then().body("data.title", equalTo("Written on the first"));
        cached(firstPort(), path);

        patchTitle(onFirst(), slug, "Changed on the first");

        onFirst().get(path).then().body("data.title", equalTo("Changed on the first"));
        until(() -> onSecond().get(path), response -> "Changed on the first".equals(response.path("data.title")),
                ONE_SECOND);

        cached(firstPort(), path);
        patchTitle(onSecond(), slug, "Changed on the second");

        onSecond().get(path).then().body("data.title", equalTo("Changed on the second"));
        until(() -> onFirst().get(path), response -> "Changed on the second".equals(response.path("data.title")),
                ONE_SECOND);
    }

    @Test
    void aListOnOneReplicaDropsAnArticleUnpublishedThroughTheOther() {
        String tag = Fixtures.unique("replicated");
        String slug = createPublished("Listed on both", tag);
        String list = "/api/v1/articles?tag=" + tag;
        cached(secondPort(), list).then().body("data.slug", contains(slug));

        onFirst().header("If-Match", "*").post("/api/v1/articles/" + slug + "/unpublish").then().statusCode(200);

        until(() -> onSecond().get(list), response -> ((List<?>) response.path("data")).isEmpty(),
                ONE_SECOND);
        given().port(secondPort).get("/api/v1/articles/" + slug).then().statusCode(404);
    }

    private static String createPublished(String title, String... tags) {
        String slug = Fixtures.unique("replicas");
        String tagList = tags.length == 0 ? "" : ",\"tags\":[\"" + String.join("\",\"", tags) + "\"]";
        onFirst().contentType("application/json")
                .body("{\"slug\":\"" + slug + "\",\"title\":\"" + title + "\",\"language\":\"en\"" + tagList + "}")
                .post("/api/v1/articles").then().statusCode(201);
        onFirst().header("If-Match", "*").post("/api/v1/articles/" + slug + "/publish").then().statusCode(200);
        return slug;
    }

    private static void patchTitle(RequestSpecification replica, String slug, String title) {
        replica.contentType("application/merge-patch+json").header("If-Match", "*")
                .body("{\"title\":\"" + title + "\"}").patch("/api/v1/articles/" + slug).then().statusCode(200);
    }

    /** An anonymous read on a replica, once it comes from that replica's cache. */
    private static Response cached(int port, String path) {
        return until(() -> given().port(port).get(path),
                response -> "content-api; hit".equals(response.header("Cache-Status")), Duration.ofSeconds(5));
    }

    private static boolean ready() {
        try {
            return given().port(secondPort).get("/q/health/ready").statusCode() == 200;
        } catch (Exception notListeningYet) { // connection refused until it listens
            return false;
        }
    }

    private static int firstPort() {
        return io.restassured.RestAssured.port;
    }

    private static int secondPort() {
        return secondPort;
    }

    private static RequestSpecification onFirst() {
        return given().auth().oauth2(EDITOR);
    }

    private static RequestSpecification onSecond() {
        return given().port(secondPort).auth().oauth2(EDITOR);
    }

    private static void insertEditorToken(Map<String, String> datasource) throws SQLException {
        try (Connection connection = DriverManager.getConnection(datasource.get("quarkus.datasource.jdbc.url"),
                datasource.get("quarkus.datasource.username"), datasource.get("quarkus.datasource.password"));
                PreparedStatement insert = connection.prepareStatement(
                        "insert into api_token (name, role, token_hash, token_prefix) values (?, 'editor', ?, ?)")) {
            insert.setString(1, "two replicas test");
            insert.setString(2, TokenValues.hash(EDITOR));
            insert.setString(3, EDITOR.substring(0, 8));
            insert.executeUpdate();
        }
    }
}
