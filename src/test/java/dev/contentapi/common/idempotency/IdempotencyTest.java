package dev.contentapi.common.idempotency;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import dev.contentapi.article.Article;
import dev.contentapi.common.security.TokenValues;
import dev.contentapi.support.Fixtures;
import dev.contentapi.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class IdempotencyTest {

    @Inject
    Fixtures fixtures;

    @Inject
    EntityManager em;

    private static String article(String slug) {
        return "{\"slug\":\"" + slug + "\",\"title\":\"Once\",\"language\":\"en\"}";
    }

    @Test
    void replaysTheFirstAnswerToARetryAndDoesTheWorkOnce() {
        String editor = Tokens.create("editor");
        String key = UUID.randomUUID().toString();
        String slug = Fixtures.unique("once");
        Response first = given().auth().oauth2(editor).header("Idempotency-Key", key).contentType("application/json")
                .body(article(slug)).post("/api/v1/articles");
        first.then().statusCode(201).header("Idempotent-Replayed", nullValue());

        Response retry = given().auth().oauth2(editor).header("Idempotency-Key", key).contentType("application/json")
                .body(article(slug)).post("/api/v1/articles");
        retry.then()
                .statusCode(201)
                .header("Idempotent-Replayed", equalTo("true"))
                .header("Location", equalTo(first.header("Location")))
                .header("ETag", equalTo(first.header("ETag")))
                .body("data.id", equalTo(first.path("data.id")));
        assertThat(retry.asString()).isEqualTo(first.asString());
        given().auth().oauth2(editor).get("/api/v1/articles/" + slug).then().statusCode(200);

        Number kept = (Number) em.createNativeQuery("select count(*) from idempotency_key where key = :key and state = 'done'")
                .setParameter("key", key).getSingleResult();
        assertThat(kept.intValue()).isEqualTo(1);
    }

    @Test
    void refusesTheSameKeyWithAnotherBody() {
        String editor = Tokens.create("editor");
        String key = UUID.randomUUID().toString();
        given().auth().oauth2(editor).header("Idempotency-Key", key).contentType("application/json")
                .body(article(Fixtures.unique("first"))).post("/api/v1/articles").then().statusCode(201);
        given().auth().oauth2(editor).header("Idempotency-Key", key).contentType("application/json")
                .body(article(Fixtures.unique("other"))).post("/api/v1/articles").then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].parameter", equalTo("Idempotency-Key"));
    }

    @Test
    void answersAConflictWhileTheFirstRequestIsStillRunning() {
        String editor = Tokens.create("editor");
        String running = UUID.randomUUID().toString();
        String body = article(Fixtures.unique("slow"));
        // the first request with this key, by the same caller on the same operation, has not finished
        String scope = TokenValues.hash("token Bearer " + editor + " POST /api/v1/articles");
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "insert into idempotency_key (scope, key, request_hash, state) values (:scope, :key, 'x', 'in_flight')")
                .setParameter("scope", scope).setParameter("key", running).executeUpdate());
        given().auth().oauth2(editor).header("Idempotency-Key", running).contentType("application/json").body(body)
                .post("/api/v1/articles").then()
                .statusCode(409)
                .body("detail", equalTo("The first request with this Idempotency-Key is still running; retry in a moment."));
    }

    @Test
    void keepsNothingForARefusedRequestAndChecksTheKey() {
        String editor = Tokens.create("editor");
        String key = UUID.randomUUID().toString();
        given().auth().oauth2(editor).header("Idempotency-Key", key).contentType("application/json")
                .body("{\"slug\":\"Bad Slug\",\"title\":\"x\",\"language\":\"en\"}").post("/api/v1/articles").then()
                .statusCode(422);
        given().auth().oauth2(editor).header("Idempotency-Key", key).contentType("application/json")
                .body(article(Fixtures.unique("fixed"))).post("/api/v1/articles").then().statusCode(201);
        given().auth().oauth2(editor).header("Idempotency-Key", "has spaces").contentType("application/json")
                .body(article(Fixtures.unique("x"))).post("/api/v1/articles").then()
                .statusCode(400)
                .body("errors[0].parameter", equalTo("Idempotency-Key"));
    }

    @Test
    void makesAnAnonymousCommentSafeToRetry() {
        Article article = fixtures.published("Retried", Instant.now());
        String key = UUID.randomUUID().toString();
        String body = "{\"authorName\":\"Flaky Phone\",\"body\":\"Sent on a train\"}";
        int id = given().header("Idempotency-Key", key).contentType("application/json").body(body)
                .post("/api/v1/articles/" + article.slug + "/comments").then().statusCode(201).extract().path("id");
        given().header("Idempotency-Key", key).contentType("application/json").body(body)
                .post("/api/v1/articles/" + article.slug + "/comments").then()
                .statusCode(201)
                .header("Idempotent-Replayed", equalTo("true"))
                .body("id", equalTo(id));
        Number comments = (Number) em.createNativeQuery("select count(*) from comment where article_id = :id")
                .setParameter("id", article.id).getSingleResult();
        assertThat(comments.intValue()).isEqualTo(1);
    }

    @Test
    void neverKeepsANewTokensValue() {
        String key = UUID.randomUUID().toString();
        String body = "{\"name\":\"retried\",\"role\":\"editor\"}";
        String token = given().auth().oauth2(Tokens.ADMIN).header("Idempotency-Key", key).contentType("application/json")
                .body(body).post("/api/v1/tokens").then().statusCode(201).extract().path("token");
        given().auth().oauth2(Tokens.ADMIN).header("Idempotency-Key", key).contentType("application/json").body(body)
                .post("/api/v1/tokens").then()
                .statusCode(201)
                .header("Idempotent-Replayed", equalTo("true"))
                .body("name", equalTo("retried"))
                .body("token", nullValue());
        Number leaks = (Number) em.createNativeQuery("select count(*) from idempotency_key where body like :value")
                .setParameter("value", "%" + token + "%").getSingleResult();
        assertThat(leaks.intValue()).isZero();
    }
}
