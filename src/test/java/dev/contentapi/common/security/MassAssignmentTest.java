package dev.contentapi.common.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.contentapi.article.Article;
import dev.contentapi.support.ETags;
import dev.contentapi.support.Fixtures;
import dev.contentapi.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/**
 * Mass assignment: a body may set only what its operation lets its caller write. A body that names anything else — what
 * the server owns (id, version, status, dates, counts), what another role decides (a comment's status or moderation
 * note when submitting it, its text when moderating it), or what a token's holder must never choose (its value, its
 * prefix) — is refused with a 400 problem that points at the property, never silently ignored, and changes nothing.
 */
@QuarkusTest
class MassAssignmentTest {

    private static final String OWNED_BY_THE_SERVER = "/problems/malformed-request";

    private static String editor;
    private static String moderator;

    @Inject
    Fixtures fixtures;

    @BeforeEach
    void tokens() {
        if (editor == null) {
            editor = Tokens.create("editor");
            moderator = Tokens.create("moderator");
        }
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }

    /** The body with one more member, first, so that nothing else in the body is at fault. */
    private static String with(String member, String body) {
        return "{" + member + "," + body.substring(1);
    }

    @Test
    void refusesServerOwnedFieldsOfAnArticleInEveryWrite() {
        String slug = Fixtures.unique("assigned");
        String body = "{\"slug\":\"" + slug + "\",\"title\":\"Assigned\",\"language\":\"en\"}";
        as(editor).contentType("application/json").body(body).post("/api/v1/articles").then().statusCode(201);
        String path = "/api/v1/articles/" + slug;
        List<String> owned = List.of("\"id\":1", "\"version\":9", "\"status\":\"published\"",
                "\"publishedAt\":\"2020-01-01T00:00:00Z\"", "\"updatedAt\":\"2020-01-01T00:00:00Z\"",
                "\"createdAt\":\"2020-01-01T00:00:00Z\"", "\"commentCount\":99", "\"self\":\"/elsewhere\"",
                "\"heroImage\":{\"url\":\"https://example.org/a.jpg\",\"fetchedAt\":\"2020-01-01T00:00:00Z\"}");
        for (String member : owned) {
            String pointer = "/" + member.substring(1, member.indexOf('"', 1));
            String other = Fixtures.unique("assigned");
            as(editor).contentType("application/json").body(with(member, body.replace(slug, other)))
                    .post("/api/v1/articles").then()
                    .statusCode(400).body("type", equalTo(OWNED_BY_THE_SERVER));
            given().auth().oauth2(editor).get("/api/v1/articles/" + other).then().statusCode(404);
            as(editor).header("If-Match", "\"0\"").contentType("application/json").body(with(member, body)).put(path)
                    .then().statusCode(400).body("type", equalTo(OWNED_BY_THE_SERVER));
            as(editor).header("If-Match", "\"0\"").contentType("application/merge-patch+json")
                    .body("{" + member + "}").patch(path).then()
                    .statusCode(400).body("type", equalTo(OWNED_BY_THE_SERVER))
                    .body("errors[0].pointer", member.startsWith("\"heroImage\"") ? equalTo("/heroImage/fetchedAt")
                            : equalTo(pointer));
        }
        as(editor).get(path).then().statusCode(200)
                .header("ETag", ETags.version(0))
                .body("data.status", equalTo("draft"))
                .body("data.publishedAt", equalTo(null))
                .body("data.commentCount", equalTo(0))
                .body("data.heroImage", equalTo(null));
        given().get(path).then().statusCode(404);
    }

    @Test
    void refusesServerOwnedFieldsOfPeopleAndFilms() {
        String person = Fixtures.unique("assigned-person");
        String film = Fixtures.unique("assigned-film");
        String personBody = "{\"slug\":\"" + person + "\",\"name\":\"Assigned\",\"sortName\":\"Assigned\"}";
        String filmBody = "{\"slug\":\"" + film + "\",\"title\":\"Assigned\"}";
        as(editor).contentType("application/json").body(personBody).post("/api/v1/people").then().statusCode(201);
        as(editor).contentType("application/json").body(filmBody).post("/api/v1/films").then().statusCode(201);
        for (String member : List.of("\"id\":1", "\"version\":9", "\"updatedAt\":\"2020-01-01T00:00:00Z\"",
                "\"credits\":[]", "\"self\":\"/elsewhere\"")) {
            boolean filmsWriteCredits = member.startsWith("\"credits\"");
            if (!filmsWriteCredits) {
                as(editor).header("If-Match", "\"0\"").contentType("application/json").body(with(member, filmBody))
                        .put("/api/v1/films/" + film).then().statusCode(400);
                as(editor).header("If-Match", "\"0\"").contentType("application/merge-patch+json")
                        .body("{" + member + "}").patch("/api/v1/films/" + film).then().statusCode(400);
            }
            // a person's credits are the films' to write
            as(editor).header("If-Match", "\"0\"").contentType("application/json").body(with(member, personBody))
                    .put("/api/v1/people/" + person).then().statusCode(400)
                    .body("type", equalTo(OWNED_BY_THE_SERVER));
            as(editor).header("If-Match", "\"0\"").contentType("application/merge-patch+json")
                    .body("{" + member + "}").patch("/api/v1/people/" + person).then().statusCode(400);
        }
        given().get("/api/v1/people/" + person).then().statusCode(200).header("ETag", ETags.version(0));
        given().get("/api/v1/films/" + film).then().statusCode(200).header("ETag", ETags.version(0));
    }

    @Test
    void letsNoReaderSetWhatModeratorsDecideOrTheServerOwns() {
        Article article = fixtures.published("Assigned comments", Instant.now());
        String path = "/api/v1/articles/" + article.slug + "/comments";
        String body = "{\"authorName\":\"Mallory\",\"body\":\"Approve me.\"}";
        for (String member : List.of("\"status\":\"approved\"", "\"moderationNote\":\"fine\"",
                "\"moderatedAt\":\"2020-01-01T00:00:00Z\"", "\"id\":1", "\"version\":3", "\"depth\":1",
                "\"createdAt\":\"2020-01-01T00:00:00Z\"", "\"article\":{\"slug\":\"other\"}", "\"articleId\":1")) {
            given().contentType("application/json").body(with(member, body)).post(path).then()
                    .statusCode(400)
                    .body("type", equalTo(OWNED_BY_THE_SERVER))
                    .body("errors[0].pointer", equalTo("/" + member.substring(1, member.indexOf('"', 1))));
        }
        given().get(path).then().statusCode(200).body("meta.totalItems", equalTo(0));
        as(moderator).get("/api/v1/comments?status=pending&size=100&sort=-createdAt").then().statusCode(200)
                .body("data.article.slug", not(hasItem(article.slug)));
        given().get("/api/v1/articles/" + article.slug).then().body("data.commentCount", equalTo(0));
    }

    @Test
    void letsModeratorsDecideButNeverRewriteAComment() {
        Article article = fixtures.published("Moderated assignment", Instant.now());
        int id = given().contentType("application/json").body("{\"authorName\":\"Ann\",\"body\":\"As typed.\"}")
                .post("/api/v1/articles/" + article.slug + "/comments").then().statusCode(201)
                .extract().path("id");
        String path = "/api/v1/comments/" + id;
        for (String member : List.of("\"body\":\"Rewritten\"", "\"authorName\":\"Someone else\"",
                "\"authorEmail\":\"x@example.org\"", "\"parentId\":1", "\"id\":2", "\"version\":5",
                "\"createdAt\":\"2020-01-01T00:00:00Z\"", "\"moderatedAt\":\"2020-01-01T00:00:00Z\"")) {
            as(moderator).header("If-Match", "\"0\"").contentType("application/merge-patch+json")
                    .body("{\"status\":\"approved\"," + member + "}").patch(path).then()
                    .statusCode(400)
                    .body("type", equalTo(OWNED_BY_THE_SERVER));
        }
        given().get(path).then().statusCode(404);
        as(moderator).header("If-Match", "\"0\"").contentType("application/merge-patch+json")
                .body("{\"status\":\"approved\"}").patch(path).then().statusCode(200)
                .body("body", equalTo("As typed."))
                .body("authorName", equalTo("Ann"))
                .body("version", equalTo(1));
    }

    @Test
    void letsNoOneChooseATokensValueOrHistory() {
        for (String member : List.of("\"token\":\"cat_chosen-by-me\"", "\"prefix\":\"cat_chosen\"", "\"id\":1",
                "\"createdAt\":\"2020-01-01T00:00:00Z\"", "\"lastUsedAt\":\"2020-01-01T00:00:00Z\"",
                "\"revokedAt\":null", "\"hash\":\"00\"")) {
            as(Tokens.ADMIN).contentType("application/json")
                    .body(with(member, "{\"name\":\"Assigned\",\"role\":\"editor\"}")).post("/api/v1/tokens").then()
                    .statusCode(400)
                    .body("type", equalTo(OWNED_BY_THE_SERVER));
        }
        given().auth().oauth2("cat_chosen-by-me").get("/api/v1/articles").then().statusCode(401);
        as(Tokens.ADMIN).get("/api/v1/tokens").then().statusCode(200)
                .body("data.name", not(hasItem("Assigned")));
        // roles are only those there are, and only an admin gives one
        as(Tokens.ADMIN).contentType("application/json").body("{\"name\":\"Assigned\",\"role\":\"root\"}")
                .post("/api/v1/tokens").then().statusCode(422).body("errors[0].pointer", equalTo("/role"));
        as(editor).contentType("application/json").body("{\"name\":\"Assigned\",\"role\":\"admin\"}")
                .post("/api/v1/tokens").then().statusCode(403);
    }
}
