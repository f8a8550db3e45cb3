package dev.contentapi.comment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.contentapi.article.Article;
import dev.contentapi.article.ArticleStatus;
import dev.contentapi.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class CommentResourceTest {

    @Inject
    Fixtures fixtures;

    @Test
    void showsApprovedCommentsAsThreadsAndHidesEverythingElse() {
        Article article = fixtures.published("Discussed", Instant.now());
        Comment root = fixtures.comment(article, null, CommentStatus.APPROVED, "First!");
        Comment reply = fixtures.comment(article, root, CommentStatus.APPROVED, "A reply");
        Comment replyToReply = fixtures.comment(article, reply, CommentStatus.APPROVED, "A reply to the reply");
        fixtures.comment(article, root, CommentStatus.PENDING, "Awaiting moderation");
        fixtures.comment(article, root, CommentStatus.SPAM, "Buy now");
        Comment rejected = fixtures.comment(article, null, CommentStatus.REJECTED, "Rejected root");
        fixtures.comment(article, rejected, CommentStatus.APPROVED, "Approved reply under a rejected comment");
        Comment second = fixtures.comment(article, null, CommentStatus.APPROVED, "<script>alert(1)</script>");

        String body = given().get("/api/v1/articles/" + article.slug + "/comments").then()
                .statusCode(200)
                .body("meta.totalItems", equalTo(2))
                .body("data.id", contains(root.id.intValue(), second.id.intValue()))
                .body("data[0].depth", equalTo(1))
                .body("data[0].parentId", nullValue())
                .body("data[0].self", equalTo("/api/v1/comments/" + root.id))
                .body("data[0].article.slug", equalTo(article.slug))
                .body("data[0].replies.id", contains(reply.id.intValue()))
                .body("data[0].replies[0].parentId", equalTo(reply.parent.id.intValue()))
                .body("data[0].replies[0].depth", equalTo(2))
                .body("data[0].replies[0].replies.body", contains("A reply to the reply"))
                .body("data[0].replies[0].replies[0].id", equalTo(replyToReply.id.intValue()))
                .body("data[0].replies[0].replies[0].replies", empty())
                .body("data[1].body", equalTo("<script>alert(1)</script>"))
                .body("data[1].replies", empty())
                .extract().asString();

        org.hamcrest.MatcherAssert.assertThat(body, not(containsString("@example.org")));
        org.hamcrest.MatcherAssert.assertThat(body, not(containsString("authorEmail")));
        org.hamcrest.MatcherAssert.assertThat(body, not(containsString("Awaiting moderation")));
        org.hamcrest.MatcherAssert.assertThat(body, not(containsString("Buy now")));
        org.hamcrest.MatcherAssert.assertThat(body, not(containsString("under a rejected comment")));
    }

    @Test
    void pagesThreadsOldestFirstOrNewestFirst() {
        Article article = fixtures.published("Busy thread", Instant.now());
        Comment first = fixtures.comment(article, null, CommentStatus.APPROVED, "one");
        Comment second = fixtures.comment(article, null, CommentStatus.APPROVED, "two");
        Comment third = fixtures.comment(article, null, CommentStatus.APPROVED, "three");

        given().get("/api/v1/articles/" + article.slug + "/comments?size=2").then()
                .statusCode(200)
                .header("Link", containsString("page=2>; rel=\"next\""))
                .body("data.id", contains(first.id.intValue(), second.id.intValue()))
                .body("meta.totalPages", equalTo(2));
        given().get("/api/v1/articles/" + article.slug + "/comments?sort=-createdAt").then()
                .statusCode(200)
                .body("data.id", contains(third.id.intValue(), second.id.intValue(), first.id.intValue()));
    }

    @Test
    void answers404ForCommentsOfAnUnpublishedArticle() {
        Article draft = fixtures.article("Draft", ArticleStatus.DRAFT, null, null, List.of(), List.of());
        Comment comment = fixtures.comment(draft, null, CommentStatus.APPROVED, "Seen too early");

        given().get("/api/v1/articles/" + draft.slug + "/comments").then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/not-found"));
        given().get("/api/v1/comments/" + comment.id).then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void getsOnePublicCommentWithItsRepliesButNoOtherComment() {
        Article article = fixtures.published("Single", Instant.now());
        Comment root = fixtures.comment(article, null, CommentStatus.APPROVED, "Root");
        Comment reply = fixtures.comment(article, root, CommentStatus.APPROVED, "Reply");
        Comment pending = fixtures.comment(article, null, CommentStatus.PENDING, "Pending");

        given().get("/api/v1/comments/" + root.id).then()
                .statusCode(200)
                .body("data.id", equalTo(root.id.intValue()))
                .body("data.replies.id", contains(reply.id.intValue()));
        given().get("/api/v1/comments/" + reply.id).then()
                .statusCode(200)
                .body("data.depth", equalTo(2))
                .body("data.parentId", equalTo(root.id.intValue()));
        given().get("/api/v1/comments/" + pending.id).then()
                .statusCode(404)
                .body("detail", equalTo("No public comment has the id " + pending.id + "."));
    }
}
