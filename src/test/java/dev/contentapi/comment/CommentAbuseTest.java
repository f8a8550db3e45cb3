package dev.contentapi.comment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Instant;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.contentapi.article.Article;
import dev.contentapi.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** Abuse controls on comments, with a quota of 3 comments per client per hour. */
@QuarkusTest
@TestProfile(CommentAbuseTest.LowQuota.class)
class CommentAbuseTest {

    public static class LowQuota implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("content.rate-limit.comments.quota", "3", "content.rate-limit.comments.window", "PT1H");
        }
    }

    @Inject
    Fixtures fixtures;

    @Test
    void refusesTheSameCommentTwiceAndTooManyComments() {
        Article article = fixtures.published("Much discussed", Instant.now());
        String path = "/api/v1/articles/" + article.slug + "/comments";

        given().contentType("application/json").body("{\"authorName\":\"A\",\"body\":\"First thought\"}").post(path)
                .then()
                .statusCode(201)
                .header("RateLimit-Policy", equalTo("\"comments\";q=3;w=3600"))
                .header("RateLimit", matchesPattern("\"comments\";r=2;t=\\d+"));
        given().contentType("application/json").body("{\"authorName\":\"A\",\"body\":\"First thought\"}").post(path)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("errors[0].pointer", equalTo("/body"));
        given().contentType("application/json").body("{\"authorName\":\"A\",\"body\":\"Second thought\"}").post(path)
                .then().statusCode(201).header("RateLimit", matchesPattern("\"comments\";r=0;t=\\d+"));

        given().contentType("application/json").body("{\"authorName\":\"A\",\"body\":\"One too many\"}").post(path)
                .then()
                .statusCode(429)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/rate-limited"))
                .header("Retry-After", matchesPattern("\\d+"))
                .header("RateLimit-Policy", equalTo("\"comments\";q=3;w=3600"))
                .header("RateLimit", matchesPattern("\"comments\";r=0;t=\\d+"));
        given().get(path).then().statusCode(200).header("RateLimit", org.hamcrest.Matchers.nullValue());
        given().get("/api/v1/articles/" + article.slug).then().body("data.commentCount", notNullValue());
    }
}
