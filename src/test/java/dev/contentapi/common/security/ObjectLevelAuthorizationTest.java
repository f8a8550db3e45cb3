package dev.contentapi.common.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.contentapi.article.Article;
import dev.contentapi.article.ArticleStatus;
import dev.contentapi.comment.Comment;
import dev.contentapi.comment.CommentStatus;
import dev.contentapi.support.Fixtures;
import dev.contentapi.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/**
 * Object-level authorization: the operation a caller may call (AccessMatrixTest) still shows and changes only the
 * objects the caller may see. A draft is the editors' alone, an unapproved comment the moderators', a token the
 * admins'; whoever else names one by its slug or id is told that nothing is there, exactly as for an id that never
 * existed, so that not even its existence shows. Idempotency keys are the caller's own.
 */
@QuarkusTest
class ObjectLevelAuthorizationTest {

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
        return token == null ? given() : given().auth().oauth2(token);
    }

    private static String code(Enum<?> status) {
        return status.name().toLowerCase(Locale.ROOT);
    }

    /** The detail of the 404 for a slug that never existed, written as for this one. */
    private static String missing(String token, String base, String slug, String suffix) {
        String never = "never-" + slug;
        String detail = as(token).get(base + never + suffix).then().statusCode(404).extract().path("detail");
        return detail.replace(never, slug);
    }

    @Test
    void showsADraftToEditorsAloneAndAsMissingToEveryoneElse() {
        for (ArticleStatus status : List.of(ArticleStatus.DRAFT, ArticleStatus.SCHEDULED, ArticleStatus.ARCHIVED)) {
            Article hidden = fixtures.article().status(status)
                    .publishedAt(status == ArticleStatus.SCHEDULED ? Instant.now().plusSeconds(86_400) : null)
                    .title("Object level " + status).create();
            String path = "/api/v1/articles/" + hidden.slug;
            as(editor).get(path).then().statusCode(200).body("data.status", equalTo(code(status)));
            as(Tokens.ADMIN).get(path).then().statusCode(200);
            for (String token : new String[] { null, moderator }) {
                for (String suffix : List.of("", "/comments", "?include=author")) {
                    as(token).get(path + suffix).then()
                            .statusCode(404)
                            .body("type", equalTo("/problems/not-found"))
                            .body("detail", equalTo(missing(token, "/api/v1/articles/", hidden.slug, suffix)));
                }
                as(token).contentType("application/json").body("{\"authorName\":\"A\",\"body\":\"On a draft\"}")
                        .post(path + "/comments").then().statusCode(404);
            }
            // a moderator's token does not open an editor's door
            as(moderator).header("If-Match", "*").contentType("application/merge-patch+json")
                    .body("{\"title\":\"Taken over\"}").patch(path).then().statusCode(403);
            as(moderator).header("If-Match", "*").post(path + "/publish").then().statusCode(403);
            as(moderator).get("/api/v1/articles?status=" + code(status))
                    .then().statusCode(403);
            as(editor).get(path).then().statusCode(200).body("data.title", equalTo("Object level " + status));
        }
    }

    @Test
    void showsAnUnapprovedCommentToModeratorsAloneAndLetsNoOneReplyToIt() {
        Article article = fixtures.published("Object level comments", Instant.now());
        Article elsewhere = fixtures.published("Object level elsewhere", Instant.now());
        Comment approvedElsewhere = fixtures.comment(elsewhere, null, CommentStatus.APPROVED, "Elsewhere");
        for (CommentStatus status : List.of(CommentStatus.PENDING, CommentStatus.REJECTED, CommentStatus.SPAM)) {
            Comment hidden = fixtures.comment(article, null, status, "Hidden " + status, "note");
            String path = "/api/v1/comments/" + hidden.id;
            for (String token : new String[] { null, editor, moderator }) {
                as(token).get(path).then().statusCode(404)
                        .body("detail", equalTo("No public comment has the id " + hidden.id + "."));
            }
            as(moderator).get("/api/v1/comments?status=" + code(status)
                    + "&size=100&sort=-createdAt").then().statusCode(200);
            as(editor).get("/api/v1/comments?status=pending").then().statusCode(403);
            as(editor).header("If-Match", "\"0\"").contentType("application/merge-patch+json")
                    .body("{\"status\":\"approved\"}").patch(path).then().statusCode(403);
            given().header("If-Match", "\"0\"").delete(path).then().statusCode(401);

            // a reply to it is refused in the very words used for an id that does not exist
            for (long parent : new long[] { hidden.id, approvedElsewhere.id, Long.MAX_VALUE / 2 }) {
                given().contentType("application/json")
                        .body("{\"authorName\":\"A\",\"body\":\"Replying\",\"parentId\":" + parent + "}")
                        .post("/api/v1/articles/" + article.slug + "/comments").then()
                        .statusCode(422)
                        .body("errors[0].pointer", equalTo("/parentId"))
                        .body("errors[0].detail", equalTo("no public comment on this article has the id " + parent));
            }
        }
        given().get("/api/v1/articles/" + article.slug + "/comments").then().statusCode(200)
                .body("meta.totalItems", equalTo(0));
    }

    @Test
    void keepsTokensToAdmins() {
        long id = ((Number) given().auth().oauth2(Tokens.ADMIN).get("/api/v1/tokens").then().statusCode(200)
                .extract().path("data[0].id")).longValue();
        for (String token : new String[] { editor, moderator }) {
            as(token).get("/api/v1/tokens/" + id).then().statusCode(403);
            as(token).delete("/api/v1/tokens/" + id).then().statusCode(403);
        }
        given().get("/api/v1/tokens/" + id).then().statusCode(401);
        // no answer, not even an admin's, ever shows a token's value or hash again
        given().auth().oauth2(Tokens.ADMIN).get("/api/v1/tokens/" + id).then().statusCode(200)
                .body("data.token", nullValue())
                .body("data.hash", nullValue());
        as(editor).get("/api/v1/articles?size=1").then().statusCode(200);
    }

    @Test
    void keepsEachCallersIdempotencyKeysApart() {
        String other = Tokens.create("editor");
        String key = Fixtures.unique("shared-key");
        String first = Fixtures.unique("first-caller");
        String second = Fixtures.unique("second-caller");
        as(editor).header("Idempotency-Key", key).contentType("application/json")
                .body("{\"slug\":\"" + first + "\",\"name\":\"First\",\"sortName\":\"First\"}")
                .post("/api/v1/people").then().statusCode(201);
        // the same key from another caller is another key: neither a replay of the first answer nor a conflict
        as(other).header("Idempotency-Key", key).contentType("application/json")
                .body("{\"slug\":\"" + second + "\",\"name\":\"Second\",\"sortName\":\"Second\"}")
                .post("/api/v1/people").then().statusCode(201)
                .header("Idempotent-Replayed", nullValue())
                .body("data.slug", equalTo(second));
        given().get("/api/v1/people/" + second).then().statusCode(200);
    }
}
