package dev.contentapi.comment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.contentapi.article.Article;
import dev.contentapi.article.ArticleStatus;
import dev.contentapi.support.Database;
import dev.contentapi.support.ETags;
import dev.contentapi.support.Fixtures;
import dev.contentapi.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class CommentWritesTest {

    private static String moderator;

    @Inject
    Fixtures fixtures;

    private static RequestSpecification asModerator() {
        if (moderator == null) {
            moderator = Tokens.create("moderator");
        }
        return given().auth().oauth2(moderator);
    }

    private static int submit(Article article, String json) {
        return given().contentType("application/json").body(json)
                .post("/api/v1/articles/" + article.slug + "/comments").then()
                .statusCode(201).extract().path("id");
    }

    @Test
    void takesAnyonesCommentAsPendingAndShowsItOnlyOnceApproved() {
        Article article = fixtures.published("Open for comments", Instant.now());
        int id = given().contentType("application/json")
                .body("{\"authorName\":\" Maria \",\"authorEmail\":\"maria@example.org\",\"body\":\"<b>Great</b> piece\"}")
                .post("/api/v1/articles/" + article.slug + "/comments").then()
                .statusCode(201)
                .body("status", equalTo("pending"))
                .body("authorName", equalTo("Maria"))
                .body("body", equalTo("<b>Great</b> piece"))
                .body("depth", equalTo(1))
                .body("$", not(org.hamcrest.Matchers.hasKey("authorEmail")))
                .extract().path("id");
        given().get("/api/v1/articles/" + article.slug + "/comments").then().body("meta.totalItems", equalTo(0));
        given().get("/api/v1/comments/" + id).then().statusCode(404);
        given().get("/api/v1/articles/" + article.slug).then().body("data.commentCount", equalTo(0));

        String queue = asModerator().get("/api/v1/comments?status=pending").then()
                .statusCode(200)
                .body("data.id", hasItem(id))
                .extract().asString();
        org.hamcrest.MatcherAssert.assertThat(queue, containsString("maria@example.org"));

        asModerator().header("If-Match", "\"0\"").contentType("application/merge-patch+json")
                .body("{\"status\":\"approved\",\"moderationNote\":\"Kind words\"}")
                .patch("/api/v1/comments/" + id).then()
                .statusCode(200)
                .header("ETag", ETags.version(1))
                .body("status", equalTo("approved"))
                .body("moderationNote", equalTo("Kind words"))
                .body("moderatedAt", notNullValue());
        String thread = given().get("/api/v1/articles/" + article.slug + "/comments").then()
                .statusCode(200)
                .body("data.id", contains(id))
                .body("data[0].body", equalTo("<b>Great</b> piece"))
                .extract().asString();
        org.hamcrest.MatcherAssert.assertThat(thread, not(containsString("maria@example.org")));
        org.hamcrest.MatcherAssert.assertThat(thread, not(containsString("Kind words")));
        given().get("/api/v1/articles/" + article.slug).then().body("data.commentCount", equalTo(1));
    }

    @Test
    void threadsRepliesThreeLevelsDeepUnderPublicCommentsOnly() {
        Article article = fixtures.published("Threaded", Instant.now());
        Comment root = fixtures.comment(article, null, CommentStatus.APPROVED, "Root");
        Comment reply = fixtures.comment(article, root, CommentStatus.APPROVED, "Reply");
        Comment deepest = fixtures.comment(article, reply, CommentStatus.APPROVED, "Deepest");
        Comment hidden = fixtures.comment(article, null, CommentStatus.PENDING, "Hidden");
        Article elsewhere = fixtures.published("Elsewhere", Instant.now());
        Comment foreign = fixtures.comment(elsewhere, null, CommentStatus.APPROVED, "Foreign");

        given().contentType("application/json")
                .body("{\"authorName\":\"A\",\"body\":\"third level\",\"parentId\":" + reply.id + "}")
                .post("/api/v1/articles/" + article.slug + "/comments").then()
                .statusCode(201).body("depth", equalTo(3)).body("parentId", equalTo(reply.id.intValue()));
        for (Comment parent : List.of(deepest, hidden, foreign)) {
            given().contentType("application/json")
                    .body("{\"authorName\":\"A\",\"body\":\"no\",\"parentId\":" + parent.id + "}")
                    .post("/api/v1/articles/" + article.slug + "/comments").then()
                    .statusCode(422)
                    .contentType("application/problem+json")
                    .body("errors[0].pointer", equalTo("/parentId"));
        }
    }

    @Test
    void filesWhatABotSendsAsSpamWithoutTellingIt() {
        Article article = fixtures.published("Bot bait", Instant.now());
        int id = given().contentType("application/json")
                .body("{\"authorName\":\"Bot\",\"body\":\"Buy now\",\"website\":\"http://spam.example\"}")
                .post("/api/v1/articles/" + article.slug + "/comments").then()
                .statusCode(201).body("status", equalTo("pending")).extract().path("id");
        asModerator().get("/api/v1/comments?status=spam&size=100&sort=-createdAt").then().body("data.id", hasItem(id));
        asModerator().get("/api/v1/comments?status=pending&size=100&sort=-createdAt").then()
                .body("data.id", not(hasItem(id)));
    }

    @Test
    void refusesBadCommentsAndChangesNothing() {
        Article article = fixtures.published("Strict", Instant.now());
        Article draft = fixtures.article("Draft", ArticleStatus.DRAFT, null, null, List.of(), List.of());
        String path = "/api/v1/articles/" + article.slug + "/comments";

        given().contentType("application/json").body("{\"authorName\":\"\",\"authorEmail\":\"not-an-email\"}")
                .post(path).then()
                .statusCode(422)
                .body("errors.pointer", contains("/authorEmail", "/authorName", "/body"));
        given().contentType("application/json").body("{\"authorName\":\"A\",\"body\":\"x\",\"status\":\"approved\"}")
                .post(path).then().statusCode(400).body("errors[0].pointer", equalTo("/status"));
        given().contentType("application/json").body("{\"authorName\":\"A\",\"body\":\"" + "x".repeat(5001) + "\"}")
                .post(path).then().statusCode(422).body("errors[0].pointer", equalTo("/body"));
        given().contentType("application/json").body("{\"authorName\":\"A\",\"body\":\"x\"}")
                .post("/api/v1/articles/" + draft.slug + "/comments").then().statusCode(404);
        asModerator().get("/api/v1/comments?status=pending&size=100&sort=-createdAt").then()
                .body("data.article.slug", not(hasItem(article.slug)));
    }

    @Test
    void letsOnlyModeratorsModerateWithTheCurrentVersion() {
        Article article = fixtures.published("Moderated", Instant.now());
        int id = submit(article, "{\"authorName\":\"A\",\"body\":\"Hello\"}");
        String path = "/api/v1/comments/" + id;

        given().get("/api/v1/comments").then().statusCode(401);
        given().auth().oauth2(Tokens.create("editor")).get("/api/v1/comments").then().statusCode(403);
        given().contentType("application/merge-patch+json").body("{\"status\":\"approved\"}").patch(path).then()
                .statusCode(401);
        asModerator().contentType("application/merge-patch+json").body("{\"status\":\"approved\"}").patch(path).then()
                .statusCode(428);
        asModerator().header("If-Match", "\"5\"").contentType("application/merge-patch+json")
                .body("{\"status\":\"approved\"}").patch(path).then().statusCode(412);
        asModerator().header("If-Match", "\"0\"").contentType("application/merge-patch+json")
                .body("{\"status\":\"published\"}").patch(path).then()
                .statusCode(422).body("errors[0].pointer", equalTo("/status"));
        asModerator().header("If-Match", "\"0\"").contentType("application/merge-patch+json")
                .body("{\"status\":\"approved\"}").patch(path).then().statusCode(200);
        given().get(path).then().statusCode(200);
        asModerator().header("If-Match", "\"0\"").delete(path).then().statusCode(412);
        asModerator().header("If-Match", "\"1\"").delete(path).then().statusCode(204);
        given().get(path).then().statusCode(404);
        asModerator().get("/api/v1/comments?status=published").then()
                .statusCode(400).body("errors[0].parameter", equalTo("status"));
    }

    @Test
    void queuesOldestFirst() {
        Article article = fixtures.published("Queue", Instant.now());
        int first = submit(article, "{\"authorName\":\"A\",\"body\":\"first\"}");
        int second = submit(article, "{\"authorName\":\"B\",\"body\":\"second\"}");
        List<Integer> newestFirst = asModerator().get("/api/v1/comments?size=100&sort=-createdAt").then()
                .statusCode(200).extract().jsonPath().getList("data.id");
        org.assertj.core.api.Assertions.assertThat(newestFirst.indexOf(second)).isNotNegative()
                .isLessThan(newestFirst.indexOf(first));
        List<String> oldestFirst = asModerator().get("/api/v1/comments?size=100").then()
                .statusCode(200).extract().jsonPath().getList("data.createdAt");
        org.assertj.core.api.Assertions.assertThat(oldestFirst.stream().map(Instant::parse).toList()).isSorted();
    }

    @Test
    void keepsTheArticlesCountOfApprovedCommentsWithoutChangingTheArticle() throws SQLException {
        Article article = fixtures.published("Counted", Instant.now());
        String path = "/api/v1/articles/" + article.slug;
        String etagBefore = given().get(path).then().body("data.commentCount", equalTo(0)).extract().header("ETag");
        long eventsBefore = articleEvents(article);
        int first = submit(article, "{\"authorName\":\"A\",\"body\":\"first\"}");
        int second = submit(article, "{\"authorName\":\"B\",\"body\":\"second\"}");
        given().get(path).then().body("data.commentCount", equalTo(0));

        moderate(first, 0, "{\"status\":\"approved\"}");
        given().get(path).then().body("data.commentCount", equalTo(1));
        moderate(second, 0, "{\"status\":\"approved\"}");
        moderate(first, 1, "{\"moderationNote\":\"still approved\"}");
        given().get(path).then().body("data.commentCount", equalTo(2))
                .header("ETag", allOf(ETags.version(article.version), not(etagBefore)));
        int reply = submit(article, "{\"authorName\":\"C\",\"body\":\"reply\",\"parentId\":" + second + "}");
        moderate(reply, 0, "{\"status\":\"approved\"}");
        given().get(path).then().body("data.commentCount", equalTo(3));
        given().get(path + "/comments").then().body("meta.totalItems", equalTo(2)).body("data.id", contains(first, second));
        moderate(reply, 1, "{\"status\":\"spam\"}");
        given().get("/api/v1/articles?size=100").then()
                .body("data.find { it.slug == '" + article.slug + "' }.commentCount", equalTo(2));
        moderate(second, 1, "{\"status\":\"rejected\"}");
        given().get(path).then().body("data.commentCount", equalTo(1));
        asModerator().header("If-Match", "\"2\"").delete("/api/v1/comments/" + first).then().statusCode(204);
        given().get(path).then().body("data.commentCount", equalTo(0));

        // Whatever writes the comments: here a tool, in one statement for several rows. An editor reads past the
        // response cache, which hears of a tool's changes only moments later.
        RequestSpecification editor = given().auth().oauth2(Tokens.create("editor"));
        try (Connection db = Database.connect(); Statement sql = db.createStatement()) {
            sql.executeUpdate("insert into comment (article_id, depth, author_name, body, status) values "
                    + "(" + article.id + ", 1, 'Tool', 'one', 'approved'), (" + article.id + ", 1, 'Tool', 'two', "
                    + "'approved'), (" + article.id + ", 1, 'Tool', 'three', 'pending')");
            editor.get(path).then().body("data.commentCount", equalTo(2));
            editor.get(path + "/comments").then().body("meta.totalItems", equalTo(2));
            sql.executeUpdate("update comment set status = 'approved' where article_id = " + article.id);
            editor.get(path).then().body("data.commentCount", equalTo(5));
            editor.get(path + "/comments").then().body("meta.totalItems", equalTo(4));
            sql.executeUpdate("delete from comment where article_id = " + article.id + " and author_name = 'Tool'");
        }
        editor.get(path).then().body("data.commentCount", equalTo(2)).header("ETag", ETags.version(article.version));
        editor.get(path + "/comments").then().body("meta.totalItems", equalTo(1)).body("data.id", contains(second));
        assertThat(articleEvents(article)).as("the count is no change to the article").isEqualTo(eventsBefore);
    }

    private static void moderate(int id, int version, String patch) {
        asModerator().header("If-Match", "\"" + version + "\"").contentType("application/merge-patch+json")
                .body(patch).patch("/api/v1/comments/" + id).then().statusCode(200);
    }

    private static long articleEvents(Article article) throws SQLException {
        try (Connection db = Database.connect();
                Statement sql = db.createStatement();
                ResultSet row = sql.executeQuery("select count(*) from change_event where item_type = 'article' "
                        + "and item_id = " + article.id)) {
            row.next();
            return row.getLong(1);
        }
    }
}
