package dev.contentapi.change;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.net.URL;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
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
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Changes older than the retention are deleted; a cursor from before them is a 410 that says how to resynchronise. */
@QuarkusTest
class ChangeRetentionTest {

    private static final String EXPIRED = "This cursor points before the oldest change still kept (changes are kept "
            + "for 30 days), so the changes after it can no longer be told. Resynchronise: take a new cursor from "
            + "/api/v1/changes?after=latest, read the lists again, then follow the changes after that cursor.";

    @Inject
    Fixtures fixtures;

    @Inject
    ChangeRetention retention;

    @TestHTTPResource("/api/v1/changes/stream")
    URL stream;

    @Test
    void deletesChangesOlderThanTheRetentionAndAnswers410ToCursorsBeforeThem() throws Exception {
        String before = Feed.latest(null);
        Person old = fixtures.person("Long Ago", "Ago, Long");
        String afterOld = (String) Feed.after(before, null).about("person", old.slug).get(0).get("cursor");
        Person kept = fixtures.person("Recent", "Recent");

        retention.purge();
        assertThat(Feed.after(before, null).about("person", old.slug)).as("nothing is older than 30 days yet")
                .hasSize(1);

        age(old);
        retention.purge();

        given().queryParam("after", before).get("/api/v1/changes").then()
                .statusCode(410)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/changes-expired"))
                .body("title", equalTo("Changes expired"))
                .body("status", equalTo(410))
                .body("detail", equalTo(EXPIRED))
                .body("instance", equalTo("/api/v1/changes"));
        try (EventStream refused = EventStream.open(stream.toURI(), Map.of("Last-Event-ID", before))) {
            assertThat(refused.status()).isEqualTo(410);
            JsonNode problem = new ObjectMapper().readTree(refused.body());
            assertThat(problem.path("type").asText()).isEqualTo("/problems/changes-expired");
            assertThat(problem.path("detail").asText()).isEqualTo(EXPIRED);
        }

        Feed.Read rest = Feed.after(afterOld, null);
        assertThat(rest.about("person", kept.slug)).hasSize(1);
        assertThat(rest.about("person", old.slug)).isEmpty();

        JsonPath oldest = given().queryParam("types", "person").queryParam("size", 100).get("/api/v1/changes").then()
                .statusCode(200).extract().jsonPath();
        List<String> slugs = oldest.getList("data.slug", String.class);
        assertThat(slugs).doesNotContain(old.slug);
        assertThat(slugs.contains(kept.slug) || oldest.getBoolean("meta.hasMore")).isTrue();
    }

    /** Makes every change up to the person's creation 31 days old. */
    private static void age(Person person) throws SQLException {
        try (Connection connection = Database.connect(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("update change_event set occurred_at = occurred_at - interval '31 days' "
                    + "where seq <= (select seq from change_event where item_type = 'person' and item_id = "
                    + person.id + ")");
        }
    }
}
