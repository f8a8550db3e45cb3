package dev.contentapi.change;

import static dev.contentapi.change.Feed.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import dev.contentapi.article.Article;
import dev.contentapi.article.ScheduledPublisher;
import dev.contentapi.person.Person;
import dev.contentapi.support.Database;
import dev.contentapi.support.Fixtures;
import dev.contentapi.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class ChangeFeedTest {

    private static String editor;
    private static String moderator;

    @Inject
    Fixtures fixtures;

    @Inject
    ScheduledPublisher publisher;

    @Inject
    EntityManager em;

    private static String editor() {
        if (editor == null) {
            editor = Tokens.create("editor");
        }
        return editor;
    }

    private static String moderator() {
        if (moderator == null) {
            moderator = Tokens.create("moderator");
        }
        return moderator;
    }

    private static void createArticle(String slug) {
        as(editor()).contentType("application/json")
                .body("{\"slug\":\"" + slug + "\",\"title\":\"Changes\",\"language\":\"en\"}")
                .post("/api/v1/articles").then().statusCode(201);
    }

    private static void patchArticle(String slug, int version, String patch) {
        as(editor()).header("If-Match", "\"" + version + "\"").contentType("application/merge-patch+json").body(patch)
                .patch("/api/v1/articles/" + slug).then().statusCode(200);
    }

    private static void articleAction(String slug, int version, String action) {
        as(editor()).header("If-Match", "\"" + version + "\"").post("/api/v1/articles/" + slug + "/" + action).then()
                .statusCode(200);
    }

    private static List<Object> field(List<Map<String, Object>> events, String name) {
        return events.stream().map(event -> event.get(name)).toList();
    }

    @Test
    void tellsEditorsEveryStepOfAnArticleAndThePublicOnlyWhatItCouldSee() {
        String cursor = Feed.latest(null);
        String slug = Fixtures.unique("changing");
        createArticle(slug); // 0, a draft
        patchArticle(slug, 0, "{\"dek\":\"Draft work\"}"); // 1
        articleAction(slug, 1, "publish"); // 2
        patchArticle(slug, 2, "{\"dek\":\"Public work\"}"); // 3
        articleAction(slug, 3, "unpublish"); // 4
        articleAction(slug, 4, "publish"); // 5
        articleAction(slug, 5, "archive"); // 6
        as(editor()).header("If-Match", "\"6\"").delete("/api/v1/articles/" + slug).then().statusCode(204);

        List<Map<String, Object>> staff = Feed.after(cursor, editor()).about("article", slug);
        assertThat(field(staff, "operation")).containsExactly("created", "updated", "published", "updated",
                "unpublished", "published", "archived", "deleted");
        assertThat(field(staff, "version")).containsExactly(0, 1, 2, 3, 4, 5, 6, 6);
        assertThat(field(staff, "status")).containsExactly("draft", "draft", "published", "published", "draft",
                "published", "archived", "archived");
        assertThat(field(staff, "tombstone")).containsExactly(false, false, false, false, false, false, false, true);
        assertThat(staff.get(0).get("self")).isEqualTo("/api/v1/articles/" + slug);
        assertThat(staff.get(7).get("self")).isNull();
        assertThat(field(staff, "id")).containsOnly(staff.get(0).get("id"));

        for (String token : java.util.Arrays.asList(null, moderator())) {
            List<Map<String, Object>> shown = Feed.after(cursor, token).about("article", slug);
            assertThat(field(shown, "operation")).containsExactly("published", "updated", "unpublished", "published",
                    "archived");
            assertThat(field(shown, "version")).containsExactly(2, 3, 4, 5, 6);
            assertThat(field(shown, "tombstone")).containsExactly(false, false, true, false, true);
            assertThat(field(shown, "self")).containsExactly("/api/v1/articles/" + slug, "/api/v1/articles/" + slug,
                    null, "/api/v1/articles/" + slug, null);
            assertThat(field(shown, "status")).containsOnlyNulls();
        }
    }

    @Test
    void givesEveryChangeItsCursorTypeIdSlugOperationVersionAndTime() {
        String cursor = Feed.latest(null);
        Instant before = Instant.now().minusSeconds(1);
        String slug = Fixtures.unique("person");
        int id = as(editor()).contentType("application/json")
                .body("{\"slug\":\"" + slug + "\",\"name\":\"Feed\",\"sortName\":\"Feed\"}")
                .post("/api/v1/people").then().statusCode(201).extract().path("data.id");
        JsonPath page = given().queryParam("after", cursor).get("/api/v1/changes").then()
                .statusCode(200)
                .header("Link", matchesPattern("</api/v1/changes\\?after=[A-Za-z0-9_.-]+>; rel=\"next\""))
                .body("meta.size", equalTo(20))
                .body("meta.hasMore", equalTo(false))
                .body("meta.nextCursor", not(emptyOrNullString()))
                .extract().jsonPath();
        Map<String, Object> event = page.getList("data", Map.class).stream()
                .filter(candidate -> slug.equals(candidate.get("slug"))).findFirst().orElseThrow();
        assertThat(event).containsEntry("type", "person").containsEntry("id", id).containsEntry("operation", "created")
                .containsEntry("version", 0).containsEntry("tombstone", false).containsEntry("previousSlug", null)
                .containsEntry("article", null).containsEntry("self", "/api/v1/people/" + slug);
        assertThat(Instant.parse((String) event.get("time"))).isAfter(before).isBefore(Instant.now());
        assertThat((String) event.get("cursor")).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
        assertThat(Feed.after((String) event.get("cursor"), null).about("person", slug)).isEmpty();
    }

    @Test
    void tellsOfPeopleAndFilmsCreatedRenamedReplacedAndDeletedWithTombstones() {
        String cursor = Feed.latest(null);
        String slug = Fixtures.unique("person");
        String renamed = slug + "-renamed";
        as(editor()).contentType("application/json")
                .body("{\"slug\":\"" + slug + "\",\"name\":\"Feed\",\"sortName\":\"Feed\"}")
                .post("/api/v1/people").then().statusCode(201);
        as(editor()).header("If-Match", "\"0\"").contentType("application/merge-patch+json")
                .body("{\"slug\":\"" + renamed + "\"}").patch("/api/v1/people/" + slug).then().statusCode(200);
        as(editor()).header("If-Match", "\"1\"").delete("/api/v1/people/" + renamed).then().statusCode(204);

        String film = Fixtures.unique("film");
        as(editor()).contentType("application/json").body("{\"slug\":\"" + film + "\",\"title\":\"Feed\"}")
                .post("/api/v1/films").then().statusCode(201);
        as(editor()).header("If-Match", "\"0\"").contentType("application/json")
                .body("{\"slug\":\"" + film + "\",\"title\":\"Feed, replaced\"}").put("/api/v1/films/" + film).then()
                .statusCode(200);
        as(editor()).header("If-Match", "\"1\"").delete("/api/v1/films/" + film).then().statusCode(204);

        Feed.Read read = Feed.after(cursor, null);
        List<Map<String, Object>> person = read.events().stream()
                .filter(event -> "person".equals(event.get("type"))
                        && (slug.equals(event.get("slug")) || renamed.equals(event.get("slug"))))
                .toList();
        assertThat(field(person, "operation")).containsExactly("created", "updated", "deleted");
        assertThat(field(person, "slug")).containsExactly(slug, renamed, renamed);
        assertThat(field(person, "previousSlug")).containsExactly(null, slug, null);
        assertThat(field(person, "tombstone")).containsExactly(false, false, true);
        assertThat(field(person, "self")).containsExactly("/api/v1/people/" + slug, "/api/v1/people/" + renamed, null);
        assertThat(read.operations("film", film)).containsExactly("created", "updated", "deleted");
        assertThat(field(read.about("film", film), "version")).containsExactly(0, 1, 1);
    }

    @Test
    void tellsModeratorsOfEveryCommentAndThePublicOfApprovalsAndRemovals() {
        Article article = fixtures.published("Comments change", Instant.now());
        String cursor = Feed.latest(null);
        int id = given().contentType("application/json").body("{\"authorName\":\"Ana\",\"body\":\"First!\"}")
                .post("/api/v1/articles/" + article.slug + "/comments").then().statusCode(201).extract().path("id");
        moderate(id, 0, "{\"status\":\"approved\"}");
        moderate(id, 1, "{\"moderationNote\":\"Checked twice\"}");
        moderate(id, 2, "{\"status\":\"rejected\"}");
        moderate(id, 3, "{\"status\":\"approved\"}");
        as(moderator()).header("If-Match", "\"4\"").delete("/api/v1/comments/" + id).then().statusCode(204);

        List<Map<String, Object>> staff = Feed.after(cursor, moderator()).about("comment", id);
        assertThat(field(staff, "operation")).containsExactly("created", "moderated", "updated", "moderated",
                "moderated", "deleted");
        assertThat(field(staff, "status")).containsExactly("pending", "approved", "approved", "rejected", "approved",
                "approved");
        assertThat(field(staff, "version")).containsExactly(0, 1, 2, 3, 4, 4);
        assertThat(field(staff, "article")).containsOnly(article.slug);
        assertThat(field(staff, "slug")).containsOnlyNulls();
        assertThat(staff.get(0).get("self")).isEqualTo("/api/v1/comments/" + id);

        for (String token : java.util.Arrays.asList(null, editor())) {
            List<Map<String, Object>> shown = Feed.after(cursor, token).about("comment", id);
            assertThat(field(shown, "operation")).containsExactly("moderated", "moderated", "moderated", "deleted");
            assertThat(field(shown, "tombstone")).containsExactly(false, true, false, true);
            assertThat(field(shown, "self")).containsExactly("/api/v1/comments/" + id, null,
                    "/api/v1/comments/" + id, null);
            assertThat(field(shown, "status")).containsOnlyNulls();
        }
    }

    private static void moderate(int id, int version, String patch) {
        as(moderator()).header("If-Match", "\"" + version + "\"").contentType("application/merge-patch+json")
                .body(patch).patch("/api/v1/comments/" + id).then().statusCode(200);
    }

    @Test
    void tellsThePublicWhenTheScheduledPublisherPublishesAnArticle() {
        String cursor = Feed.latest(null);
        String slug = Fixtures.unique("scheduled");
        createArticle(slug);
        articleAction(slug, 0, "publish?at=" + Instant.now().plusSeconds(86_400).truncatedTo(
                java.time.temporal.ChronoUnit.SECONDS));
        assertThat(Feed.after(cursor, null).about("article", slug)).isEmpty();

        QuarkusTransaction.requiringNew().run(() -> em
                .createNativeQuery("update article set published_at = now() - interval '1 second' where slug = :slug")
                .setParameter("slug", slug).executeUpdate());
        publisher.publishDue();

        assertThat(Feed.after(cursor, editor()).operations("article", slug)).containsExactly("created", "scheduled",
                "updated", "published");
        List<Map<String, Object>> shown = Feed.after(cursor, null).about("article", slug);
        assertThat(field(shown, "operation")).containsExactly("published");
        assertThat(field(shown, "version")).containsExactly(2);
    }

    @Test
    void leavesNoChangeForAWriteThatFails() {
        Person author = fixtures.person("Still Needed", "Needed, Still");
        fixtures.article().author(author).create();
        String taken = fixtures.article().create().slug;
        String slug = Fixtures.unique("clash");
        createArticle(slug);
        String cursor = Feed.latest(null);

        as(editor()).header("If-Match", "\"0\"").contentType("application/merge-patch+json")
                .body("{\"slug\":\"" + taken + "\"}").patch("/api/v1/articles/" + slug).then().statusCode(409);
        as(editor()).header("If-Match", "\"0\"").delete("/api/v1/people/" + author.slug).then().statusCode(409);
        as(editor()).header("If-Match", "\"7\"").contentType("application/merge-patch+json")
                .body("{\"dek\":\"Lost\"}").patch("/api/v1/articles/" + slug).then().statusCode(412);

        Feed.Read read = Feed.after(cursor, editor());
        assertThat(read.about("article", slug)).isEmpty();
        assertThat(read.about("article", taken)).isEmpty();
        assertThat(read.about("person", author.slug)).isEmpty();
    }

    /**
     * The event is written in the transaction of the change: here it is written (the deferred trigger is made to run
     * at once), then a later statement of the same transaction fails, and the event goes with the change.
     */
    @Test
    void rollsTheChangeBackWithItsEventWhenTheTransactionFailsAfterTheEventWasWritten() throws SQLException {
        Person person = fixtures.person("Rolled Back", "Back, Rolled");
        String cursor = Feed.latest(null);
        try (Connection connection = Database.connect()) {
            connection.setAutoCommit(false);
            long created = count(connection, person.id);
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("update person set name = 'Never', version = version + 1 where id = "
                        + person.id);
                statement.execute("set constraints person_change_event immediate");
                assertThat(count(connection, person.id)).as("the event, seen in its own transaction")
                        .isEqualTo(created + 1);
                assertThrows(SQLException.class, () -> statement.executeUpdate(
                        "insert into person (slug, name, sort_name) values ('Not A Slug', 'x', 'x')"));
            }
            connection.rollback();
            assertThat(count(connection, person.id)).isEqualTo(created);
        }
        assertThat(Feed.after(cursor, editor()).about("person", person.slug)).isEmpty();
        given().get("/api/v1/people/" + person.slug).then().statusCode(200).body("data.name", equalTo("Rolled Back"));
    }

    private static long count(Connection connection, long personId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "select count(*) from change_event where item_type = 'person' and item_id = ?")) {
            query.setLong(1, personId);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    @Test
    void answersOnlyTheTypesAskedFor() {
        String cursor = Feed.latest(null);
        Person person = fixtures.person("Typed", "Typed");
        Article article = fixtures.article().create();
        for (Map<String, String> only : List.of(Map.of("types", "person"), Map.of("types", "person,film"))) {
            Feed.Read read = Feed.after(cursor, null, only);
            assertThat(read.about("person", person.slug)).hasSize(1);
            assertThat(read.about("article", article.slug)).isEmpty();
            assertThat(field(read.events(), "type")).containsOnly("person");
        }
        JsonPath both = given().queryParam("after", cursor).queryParam("types", "person")
                .queryParam("types", "article").get("/api/v1/changes").then().statusCode(200).extract().jsonPath();
        assertThat(both.getList("data.type", String.class)).contains("person", "article").containsOnly("person",
                "article");
    }

    @Test
    void pagesThroughTheChangesWithoutRepeatingOrSkippingAny() {
        String cursor = Feed.latest(null);
        List<String> slugs = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            slugs.add(fixtures.person("Paged " + i, "Paged").slug);
        }
        List<String> seen = new java.util.ArrayList<>();
        String next = cursor;
        int pages = 0;
        boolean more;
        do {
            JsonPath page = given().queryParam("after", next).queryParam("size", 2).queryParam("types", "person")
                    .get("/api/v1/changes").then().statusCode(200).body("data", hasSize(lessThanOrEqual(2)))
                    .extract().jsonPath();
            seen.addAll(page.getList("data.slug", String.class));
            next = page.getString("meta.nextCursor");
            more = page.getBoolean("meta.hasMore");
            pages++;
        } while (more);
        assertThat(seen.stream().filter(slugs::contains).toList()).containsExactlyElementsOf(slugs);
        assertThat(pages).isGreaterThanOrEqualTo(3);
        given().queryParam("after", next).get("/api/v1/changes").then().statusCode(200).body("data", hasSize(0))
                .body("meta.nextCursor", equalTo(next));
    }

    private static org.hamcrest.Matcher<Integer> lessThanOrEqual(int value) {
        return org.hamcrest.Matchers.lessThanOrEqualTo(value);
    }

    @Test
    void startsAtTheOldestChangeKeptWithoutACursorAndAtNowWithLatest() {
        Person person = fixtures.person("Oldest", "Oldest");
        JsonPath first = given().get("/api/v1/changes").then().statusCode(200).extract().jsonPath();
        assertThat(first.getBoolean("meta.hasMore") || first.getList("data.slug").contains(person.slug)).isTrue();
        given().queryParam("after", "latest").get("/api/v1/changes").then().statusCode(200)
                .body("data", hasSize(0))
                .body("meta.hasMore", equalTo(false));
    }

    /** The response cache never answers a read of the feed from before a change. */
    @Test
    void showsANewChangeToTheNextReadOfTheSameUrl() {
        String cursor = Feed.latest(null);
        given().queryParam("after", cursor).get("/api/v1/changes").then().statusCode(200).body("data", hasSize(0));
        given().queryParam("after", cursor).get("/api/v1/changes").then().statusCode(200).body("data", hasSize(0));
        Person person = fixtures.person("Fresh", "Fresh");
        given().queryParam("after", cursor).get("/api/v1/changes").then().statusCode(200)
                .body("data.slug", org.hamcrest.Matchers.hasItem(person.slug));
    }

    /**
     * A change written behind the API's back (by another replica's transaction, or a tool) tells every replica's
     * response cache, which drops the feed's kept answers: the next read of the same URL shows it.
     */
    @Test
    void dropsTheKeptAnswersOfTheFeedWhenAChangeIsWrittenElsewhere() throws Exception {
        String cursor = Feed.latest(null);
        given().queryParam("after", cursor).get("/api/v1/changes").then().statusCode(200);
        given().queryParam("after", cursor).get("/api/v1/changes").then().statusCode(200)
                .header("Cache-Status", "content-api; hit").body("data", hasSize(0));
        String slug = Fixtures.unique("elsewhere");
        try (Connection listening = Database.connect(); Connection writing = Database.connect()) {
            try (Statement statement = listening.createStatement()) {
                statement.execute("listen content_changed");
            }
            try (Statement statement = writing.createStatement()) {
                statement.executeUpdate("insert into change_event (item_type, item_id, slug, operation, version, "
                        + "public_before, public_after) values ('person', 0, '" + slug + "', 'updated', 1, true, true)");
            }
            assertThat(notifications(listening, "change_event")).as("what the response caches are told")
                    .contains("change_event");
        }
        await("the feed's kept answer to be dropped").atMost(java.time.Duration.ofSeconds(20))
                .pollInterval(java.time.Duration.ofMillis(10))
                .until(() -> given().queryParam("after", cursor).get("/api/v1/changes").then().statusCode(200)
                        .extract().jsonPath().getList("data.slug").contains(slug));
    }

    /** The payloads of the notifications the connection receives until one is {@code awaited}, or 20 s pass. */
    private static List<String> notifications(Connection connection, String awaited) throws SQLException {
        List<String> payloads = new java.util.ArrayList<>();
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(20).toNanos();
        while (!payloads.contains(awaited) && System.nanoTime() < deadline) {
            org.postgresql.PGNotification[] received = connection.unwrap(org.postgresql.PGConnection.class)
                    .getNotifications((int) Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            if (received != null) {
                java.util.Arrays.stream(received).map(org.postgresql.PGNotification::getParameter)
                        .forEach(payloads::add);
            }
        }
        return payloads;
    }

    @Test
    void refusesEveryBadParameterAtOnce() {
        given().queryParam("after", "not-a-cursor").queryParam("types", "article,dog").queryParam("size", "0")
                .get("/api/v1/changes").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/invalid-parameter"))
                .body("errors.parameter", org.hamcrest.Matchers.containsInAnyOrder("after", "types", "size"));
        String listCursor = given().queryParam("size", 1).get("/api/v1/articles").then().statusCode(200)
                .extract().path("meta.nextCursor");
        given().queryParam("after", listCursor).get("/api/v1/changes").then()
                .statusCode(400)
                .body("errors[0].parameter", equalTo("after"))
                .body("errors[0].detail", equalTo("is not a change cursor this API issued, or was altered; take one "
                        + "from a change's cursor or meta.nextCursor, or send 'latest'"));
        given().queryParam("types", "").get("/api/v1/changes").then().statusCode(400);
        given().queryParam("after", "latest").queryParam("after", "latest").get("/api/v1/changes").then()
                .statusCode(400);
    }
}
