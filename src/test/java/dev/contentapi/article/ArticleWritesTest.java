package dev.contentapi.article;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.contentapi.support.ETags;
import dev.contentapi.support.Fixtures;
import dev.contentapi.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class ArticleWritesTest {

    private static String editor;

    @BeforeAll
    static void tokens() {
        editor = null;
    }

    private static RequestSpecification asEditor() {
        if (editor == null) {
            editor = Tokens.create("editor");
        }
        return given().auth().oauth2(editor);
    }

    private static String body(String slug, String title) {
        return """
                {"slug":"%s","title":"%s","dek":"A dek","language":"en","author":"kate-ohare",
                 "heroImage":{"url":"https://example.org/hero.jpg","alt":"Alt","caption":"Caption","credit":"Credit"},
                 "tags":["space"],"people":["jose-hernandez","adela"],"films":["a-million-miles-away"]}"""
                .formatted(slug, title);
    }

    private static String create(String slug) {
        return asEditor().contentType("application/json").body(body(slug, "Title of " + slug))
                .post("/api/v1/articles").then().statusCode(201).extract().header("ETag");
    }

    @Test
    void createsADraftThatOnlyEditorsSeeUntilItIsPublished() {
        String slug = Fixtures.unique("draft");
        asEditor().contentType("application/json").body(body(slug, "Fresh")).post("/api/v1/articles").then()
                .statusCode(201)
                .header("Location", endsWith("/api/v1/articles/" + slug))
                .header("ETag", ETags.version(0))
                .body("data.status", equalTo("draft"))
                .body("data.publishedAt", nullValue())
                .body("data.author.slug", equalTo("kate-ohare"))
                .body("data.people.slug", contains("jose-hernandez", "adela"))
                .body("data.films.slug", contains("a-million-miles-away"))
                .body("data.heroImage.credit", equalTo("Credit"));
        given().get("/api/v1/articles/" + slug).then().statusCode(404);
        asEditor().get("/api/v1/articles/" + slug).then().statusCode(200).header("ETag", ETags.version(0));

        asEditor().header("If-Match", "\"0\"").post("/api/v1/articles/" + slug + "/publish").then()
                .statusCode(200)
                .header("ETag", ETags.version(1))
                .body("data.status", equalTo("published"))
                .body("data.publishedAt", notNullValue());
        String publishedAt = given().get("/api/v1/articles/" + slug).then().statusCode(200)
                .header("ETag", ETags.version(1)).extract().path("data.publishedAt");

        asEditor().header("If-Match", "\"1\"").post("/api/v1/articles/" + slug + "/unpublish").then()
                .statusCode(200).body("data.status", equalTo("draft"));
        given().get("/api/v1/articles/" + slug).then().statusCode(404);
        asEditor().header("If-Match", "\"2\"").post("/api/v1/articles/" + slug + "/publish").then()
                .statusCode(200).body("data.publishedAt", equalTo(publishedAt));
        asEditor().header("If-Match", "\"3\"").post("/api/v1/articles/" + slug + "/archive").then()
                .statusCode(200).body("data.status", equalTo("archived"));
        given().get("/api/v1/articles/" + slug).then().statusCode(404);
    }

    @Test
    void needsTheCurrentVersionForEveryChange() {
        String slug = Fixtures.unique("versioned");
        create(slug);
        String path = "/api/v1/articles/" + slug;

        asEditor().contentType("application/json").body(body(slug, "No If-Match")).put(path).then()
                .statusCode(428)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/precondition-required"));
        asEditor().contentType("application/merge-patch+json").body("{\"title\":\"x\"}").patch(path).then()
                .statusCode(428);
        asEditor().delete(path).then().statusCode(428);
        asEditor().post(path + "/publish").then().statusCode(428);

        asEditor().header("If-Match", "\"0\"").contentType("application/json").body(body(slug, "First"))
                .put(path).then().statusCode(200).header("ETag", ETags.version(1));
        asEditor().header("If-Match", "\"0\"").contentType("application/json").body(body(slug, "Stale"))
                .put(path).then()
                .statusCode(412)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/precondition-failed"))
                .body("detail", equalTo(
                        "The item has changed: its current version is 1, not the one in If-Match (\"0\"). Read it again for its current ETag."));
        asEditor().get(path).then().body("data.title", equalTo("First"));
    }

    @Test
    void replacesEveryFieldAndPatchesSome() {
        String slug = Fixtures.unique("edited");
        create(slug);
        String path = "/api/v1/articles/" + slug;

        asEditor().header("If-Match", "\"0\"").contentType("application/json")
                .body("{\"slug\":\"" + slug + "\",\"title\":\"Bare\",\"language\":\"es\"}").put(path).then()
                .statusCode(200)
                .body("data.title", equalTo("Bare"))
                .body("data.language", equalTo("es"))
                .body("data.dek", nullValue())
                .body("data.author", nullValue())
                .body("data.people", org.hamcrest.Matchers.empty())
                .body("data.heroImage", nullValue());

        asEditor().header("If-Match", "\"1\"").contentType("application/merge-patch+json")
                .body("{\"dek\":\"Now with a dek\",\"people\":[\"michael-pena\"],\"language\":null}").patch(path).then()
                .statusCode(422)
                .body("errors[0].pointer", equalTo("/language"));
        asEditor().header("If-Match", "\"1\"").contentType("application/merge-patch+json")
                .body("{\"dek\":\"Now with a dek\",\"people\":[\"michael-pena\"]}").patch(path).then()
                .statusCode(200)
                .header("ETag", ETags.version(2))
                .body("data.title", equalTo("Bare"))
                .body("data.dek", equalTo("Now with a dek"))
                .body("data.people.slug", contains("michael-pena"));
        asEditor().header("If-Match", "\"2\"").contentType("application/merge-patch+json")
                .body("{\"dek\":null}").patch(path).then()
                .statusCode(200).body("data.dek", nullValue());
        asEditor().header("If-Match", "\"3\"").contentType("application/json").body("{\"dek\":\"x\"}").patch(path)
                .then().statusCode(415);
        asEditor().header("If-Match", "\"3\"").contentType("application/merge-patch+json")
                .body("{\"status\":\"published\"}").patch(path).then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/malformed-request"))
                .body("errors[0].pointer", equalTo("/status"));
        asEditor().header("If-Match", "\"3\"").contentType("application/merge-patch+json")
                .body("{\"tags\":\"one\"}").patch(path).then()
                .statusCode(400)
                .body("errors[0].pointer", equalTo("/tags"));
        asEditor().get(path).then().header("ETag", ETags.version(3));
    }

    @Test
    void refusesBadBodiesAndChangesNothing() {
        String slug = Fixtures.unique("guarded");
        create(slug);
        String path = "/api/v1/articles/" + slug;

        asEditor().contentType("application/json")
                .body("{\"slug\":\"Bad Slug\",\"title\":\"\",\"language\":\"fr\",\"tags\":[\"\"]}")
                .post("/api/v1/articles").then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.pointer", containsInAnyOrder("/language", "/slug", "/tags/0", "/title"));
        asEditor().contentType("application/json")
                .body(body(Fixtures.unique("unknown"), "x").replace("\"adela\"", "\"nobody-at-all\"")
                        .replace("kate-ohare", "no-such-author"))
                .post("/api/v1/articles").then()
                .statusCode(422)
                .body("errors.pointer", contains("/author", "/people/1"));
        for (String owned : List.of("\"status\":\"published\"", "\"version\":7", "\"id\":1", "\"publishedAt\":null")) {
            asEditor().header("If-Match", "\"0\"").contentType("application/json")
                    .body(body(slug, "Sneaky").replace("{\"slug\"", "{" + owned + ",\"slug\"")).put(path).then()
                    .statusCode(400)
                    .body("type", equalTo("/problems/malformed-request"));
        }
        asEditor().contentType("application/json").body(body(slug, "Duplicate")).post("/api/v1/articles").then()
                .statusCode(409)
                .body("type", equalTo("/problems/conflict"))
                .body("errors[0].pointer", equalTo("/slug"));
        given().contentType("application/json").body(body(Fixtures.unique("anon"), "x")).post("/api/v1/articles")
                .then().statusCode(401);
        given().auth().oauth2(Tokens.create("moderator")).contentType("application/json")
                .body(body(Fixtures.unique("mod"), "x")).post("/api/v1/articles").then().statusCode(403);

        asEditor().get(path).then()
                .header("ETag", ETags.version(0))
                .body("data.title", equalTo("Title of " + slug))
                .body("data.status", equalTo("draft"));
    }

    @Test
    void deletesWithTheCurrentVersion() {
        String slug = Fixtures.unique("doomed");
        create(slug);
        asEditor().header("If-Match", "\"9\"").delete("/api/v1/articles/" + slug).then().statusCode(412);
        asEditor().header("If-Match", "\"0\"").delete("/api/v1/articles/" + slug).then().statusCode(204);
        asEditor().get("/api/v1/articles/" + slug).then().statusCode(404);
    }

    @Test
    void letsExactlyOneOfTwoRacingEditorsWin() throws Exception {
        String slug = Fixtures.unique("raced");
        create(slug);
        String other = Tokens.create("editor");
        asEditor().get("/api/v1/articles/" + slug).then().statusCode(200);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (String token : List.of(editor, other)) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return given().auth().oauth2(token).header("If-Match", "\"0\"").contentType("application/json")
                            .body(body(slug, "Written by " + token.substring(0, 10)))
                            .put("/api/v1/articles/" + slug).then().extract().statusCode();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            assertThat(statuses).containsExactlyInAnyOrder(200, 412);
        } finally {
            pool.shutdownNow();
        }
        asEditor().get("/api/v1/articles/" + slug).then().header("ETag", ETags.version(1));
    }

    @Test
    void keepsAnOldSlugAnsweringWithAPermanentRedirect() {
        String before = Fixtures.unique("before");
        String after = Fixtures.unique("after");
        create(before);
        asEditor().header("If-Match", "\"0\"").post("/api/v1/articles/" + before + "/publish").then().statusCode(200);
        asEditor().header("If-Match", "\"1\"").contentType("application/merge-patch+json")
                .body("{\"slug\":\"" + after + "\"}").patch("/api/v1/articles/" + before).then()
                .statusCode(200).body("data.slug", equalTo(after));

        given().redirects().follow(false).get("/api/v1/articles/" + before + "?fields=title").then()
                .statusCode(301)
                .header("Location", equalTo("/api/v1/articles/" + after + "?fields=title"));
        given().get("/api/v1/articles/" + before).then().statusCode(200).body("data.slug", equalTo(after));

        asEditor().header("If-Match", "\"2\"").post("/api/v1/articles/" + after + "/unpublish").then()
                .statusCode(200);
        given().redirects().follow(false).get("/api/v1/articles/" + before).then().statusCode(404);
        asEditor().redirects().follow(false).get("/api/v1/articles/" + before).then().statusCode(301);

        asEditor().header("If-Match", "\"3\"").contentType("application/merge-patch+json")
                .body("{\"slug\":\"" + before + "\"}").patch("/api/v1/articles/" + after).then().statusCode(200);
        asEditor().redirects().follow(false).get("/api/v1/articles/" + before).then().statusCode(200);
        asEditor().redirects().follow(false).get("/api/v1/articles/" + after).then()
                .statusCode(301).header("Location", equalTo("/api/v1/articles/" + before));
    }

    @Inject
    ScheduledPublisher publisher;

    @Inject
    EntityManager em;

    @Test
    void schedulesAnArticleAndPublishesItWhenItsTimeComes() {
        String slug = Fixtures.unique("scheduled");
        create(slug);
        String at = java.time.Instant.now().plus(java.time.Duration.ofDays(1))
                .truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                .toString();
        asEditor().header("If-Match", "\"0\"").queryParam("at", at)
                .post("/api/v1/articles/" + slug + "/publish").then()
                .statusCode(200)
                .body("data.status", equalTo("scheduled"))
                .body("data.publishedAt", equalTo(at));
        given().get("/api/v1/articles/" + slug).then().statusCode(404);
        publishDue();
        given().get("/api/v1/articles/" + slug).then().statusCode(404);

        // the day passes
        inTransaction(
                () -> em.createNativeQuery("update article set published_at = now() - interval '1 second' where slug = :slug")
                        .setParameter("slug", slug).executeUpdate());
        publishDue();
        given().get("/api/v1/articles/" + slug).then()
                .statusCode(200)
                .header("ETag", ETags.version(2))
                .body("data.status", equalTo("published"));
    }

    private void publishDue() {
        publisher.publishDue();
    }

    private static void inTransaction(Runnable work) {
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(work);
    }

    @Test
    void letsEditorsAndOnlyEditorsListArticlesByStatus() {
        String slug = Fixtures.unique("listed-draft");
        create(slug);
        java.util.List<String> drafts = new ArrayList<>();
        String cursor = null;
        do {
            var page = asEditor().queryParam("status", "draft").queryParam("size", 100)
                    .queryParam("sort", "-updatedAt");
            if (cursor != null) {
                page.queryParam("cursor", cursor);
            }
            var json = page.get("/api/v1/articles").then().statusCode(200).extract().jsonPath();
            drafts.addAll(json.getList("data.slug"));
            assertThat(json.getList("data.status", String.class)).containsOnly("draft");
            cursor = json.getString("meta.nextCursor");
        } while (cursor != null && !drafts.contains(slug));
        assertThat(drafts).contains(slug);

        given().queryParam("status", "draft").get("/api/v1/articles").then()
                .statusCode(401).body("type", equalTo("/problems/unauthorized"));
        given().auth().oauth2(Tokens.create("moderator")).queryParam("status", "draft").get("/api/v1/articles").then()
                .statusCode(403);
        asEditor().queryParam("status", "secret").get("/api/v1/articles").then()
                .statusCode(400).body("errors[0].parameter", equalTo("status"));
    }
}
