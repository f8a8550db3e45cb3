package dev.contentapi.person;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.contentapi.support.ETags;
import dev.contentapi.support.Fixtures;
import dev.contentapi.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class PersonWritesTest {

    private static String editor;

    private static RequestSpecification asEditor() {
        if (editor == null) {
            editor = Tokens.create("editor");
        }
        return given().auth().oauth2(editor);
    }

    private static String body(String slug, String name) {
        return """
                {"slug":"%s","name":"%s","sortName":"Surname, %s","shortBio":"Short.","longBio":"# Long",
                 "roles":["astronaut","flight engineer"],"birthplace":"Mexico",
                 "affiliations":[{"organisation":"NASA","role":"Engineer","fromYear":2004,"toYear":2011}],
                 "links":[{"label":"Website","url":"https://example.org/"}]}"""
                .formatted(slug, name, name);
    }

    private static void create(String slug) {
        asEditor().contentType("application/json").body(body(slug, "Name of " + slug)).post("/api/v1/people").then()
                .statusCode(201);
    }

    @Test
    void createsAPersonWithAnETag() {
        String slug = Fixtures.unique("new-person");
        asEditor().contentType("application/json").body(body(slug, "Ana")).post("/api/v1/people").then()
                .statusCode(201)
                .header("Location", endsWith("/api/v1/people/" + slug))
                .header("ETag", ETags.version(0))
                .body("data.name", equalTo("Ana"))
                .body("data.sortName", equalTo("Surname, Ana"))
                .body("data.roles", contains("astronaut", "flight engineer"))
                .body("data.affiliations[0].organisation", equalTo("NASA"))
                .body("data.affiliations[0].toYear", equalTo(2011))
                .body("data.links[0].url", equalTo("https://example.org/"))
                .body("data.credits", empty());
        given().get("/api/v1/people/" + slug).then().statusCode(200)
                .header("ETag", ETags.version(0))
                .body("data.longBio", equalTo("# Long"));
    }

    @Test
    void needsTheCurrentVersionForEveryChange() {
        String slug = Fixtures.unique("versioned-person");
        create(slug);
        String path = "/api/v1/people/" + slug;

        asEditor().contentType("application/json").body(body(slug, "No If-Match")).put(path).then()
                .statusCode(428)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/precondition-required"));
        asEditor().contentType("application/merge-patch+json").body("{\"name\":\"x\"}").patch(path).then()
                .statusCode(428);
        asEditor().delete(path).then().statusCode(428);

        asEditor().header("If-Match", "\"0\"").contentType("application/json").body(body(slug, "First"))
                .put(path).then().statusCode(200).header("ETag", ETags.version(1));
        asEditor().header("If-Match", "\"0\"").contentType("application/json").body(body(slug, "Stale"))
                .put(path).then()
                .statusCode(412)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/precondition-failed"))
                .body("detail", equalTo(
                        "The item has changed: its current version is 1, not the one in If-Match (\"0\"). Read it again for its current ETag."));
        given().get(path).then().header("ETag", ETags.version(1)).body("data.name", equalTo("First"));
    }

    @Test
    void replacesEveryFieldAndPatchesSome() {
        String slug = Fixtures.unique("edited-person");
        create(slug);
        String path = "/api/v1/people/" + slug;

        asEditor().header("If-Match", "\"0\"").contentType("application/json")
                .body("{\"slug\":\"" + slug + "\",\"name\":\"Bare\",\"sortName\":\"Bare\"}").put(path).then()
                .statusCode(200)
                .body("data.name", equalTo("Bare"))
                .body("data.shortBio", nullValue())
                .body("data.roles", empty())
                .body("data.affiliations", empty())
                .body("data.links", empty());

        asEditor().header("If-Match", "\"1\"").contentType("application/merge-patch+json")
                .body("{\"shortBio\":\"Now with a bio\",\"sortName\":null}").patch(path).then()
                .statusCode(422)
                .body("errors[0].pointer", equalTo("/sortName"));
        asEditor().header("If-Match", "\"1\"").contentType("application/merge-patch+json")
                .body("{\"shortBio\":\"Now with a bio\",\"roles\":[\"director\"]}").patch(path).then()
                .statusCode(200)
                .header("ETag", ETags.version(2))
                .body("data.name", equalTo("Bare"))
                .body("data.shortBio", equalTo("Now with a bio"))
                .body("data.roles", contains("director"));
        asEditor().header("If-Match", "\"2\"").contentType("application/merge-patch+json")
                .body("{\"shortBio\":null}").patch(path).then()
                .statusCode(200).body("data.shortBio", nullValue());
        asEditor().header("If-Match", "\"3\"").contentType("application/json").body("{\"shortBio\":\"x\"}")
                .patch(path).then().statusCode(415);
    }

    @Test
    void refusesBadBodiesAndChangesNothing() {
        String slug = Fixtures.unique("guarded-person");
        create(slug);
        String path = "/api/v1/people/" + slug;

        asEditor().contentType("application/json")
                .body("""
                        {"slug":"Bad Slug","name":"","roles":["Astronaut"],
                         "affiliations":[{"role":"x","fromYear":2010,"toYear":2011}],
                         "links":[{"label":"Site","url":"ftp://example.org/"}]}""")
                .post("/api/v1/people").then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/validation-failed"))
                .body("errors.pointer", containsInAnyOrder("/affiliations/0/organisation", "/links/0/url", "/name",
                        "/roles/0", "/slug", "/sortName"));
        asEditor().contentType("application/json")
                .body(body(Fixtures.unique("years"), "x").replace("\"toYear\":2011", "\"toYear\":1999"))
                .post("/api/v1/people").then()
                .statusCode(422)
                .body("errors.pointer", contains("/affiliations/0/toYear"));
        for (String owned : List.of("\"version\":7", "\"id\":1", "\"credits\":[]", "\"updatedAt\":null",
                "\"nickname\":\"x\"")) {
            asEditor().header("If-Match", "\"0\"").contentType("application/json")
                    .body(body(slug, "Sneaky").replace("{\"slug\"", "{" + owned + ",\"slug\"")).put(path).then()
                    .statusCode(400)
                    .body("type", equalTo("/problems/malformed-request"));
        }
        asEditor().header("If-Match", "\"0\"").contentType("application/merge-patch+json")
                .body("{\"version\":3}").patch(path).then()
                .statusCode(400)
                .body("type", equalTo("/problems/malformed-request"));
        asEditor().contentType("application/json").body(body(slug, "Duplicate")).post("/api/v1/people").then()
                .statusCode(409)
                .body("type", equalTo("/problems/conflict"))
                .body("errors[0].pointer", equalTo("/slug"));
        asEditor().header("If-Match", "\"0\"").contentType("application/merge-patch+json")
                .body("{\"slug\":\"jose-hernandez\"}").patch(path).then()
                .statusCode(409)
                .body("errors[0].pointer", equalTo("/slug"));
        given().contentType("application/json").body(body(Fixtures.unique("anon"), "x")).post("/api/v1/people")
                .then().statusCode(401);
        given().auth().oauth2(Tokens.create("moderator")).contentType("application/json")
                .body(body(Fixtures.unique("mod"), "x")).post("/api/v1/people").then().statusCode(403);
        given().header("If-Match", "\"0\"").delete(path).then().statusCode(401);

        given().get(path).then()
                .header("ETag", ETags.version(0))
                .body("data.name", equalTo("Name of " + slug));
    }

    @Test
    void refusesTheNulCharacterWhichPostgresqlCannotStoreWith400Problems() {
        String slug = Fixtures.unique("nul-person");
        asEditor().contentType("application/json").body(body(slug, "Ana\\u0000Nul")).post("/api/v1/people").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/malformed-request"))
                .body("status", equalTo(400))
                .body("errors[0].pointer", equalTo("/name"));
        given().get("/api/v1/people/" + slug).then().statusCode(404);

        create(slug);
        String path = "/api/v1/people/" + slug;
        asEditor().header("If-Match", "\"0\"").contentType("application/merge-patch+json")
                .body("{\"affiliations\":[{\"organisation\":\"NA\\u0000SA\"}]}").patch(path).then()
                .statusCode(400)
                .body("type", equalTo("/problems/malformed-request"))
                .body("errors[0].pointer", equalTo("/affiliations/0/organisation"));
        given().get(path).then().header("ETag", ETags.version(0));
    }

    @ParameterizedTest
    @ValueSource(strings = { "null", "[]", "1", "\"text\"" })
    void refusesAMergePatchThatIsNotAnObjectWith400Problem(String patch) {
        String slug = Fixtures.unique("replaced-person");
        create(slug);
        String path = "/api/v1/people/" + slug;
        asEditor().header("If-Match", "\"0\"").contentType("application/merge-patch+json").body(patch).patch(path)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/malformed-request"))
                .body("detail", equalTo("A merge patch must be a JSON object: any other value would replace the "
                        + "whole item."));
        given().get(path).then().header("ETag", ETags.version(0));
    }

    @Test
    void deletesWithTheCurrentVersion() {
        String slug = Fixtures.unique("doomed-person");
        create(slug);
        asEditor().header("If-Match", "\"9\"").delete("/api/v1/people/" + slug).then().statusCode(412);
        asEditor().header("If-Match", "\"0\"").delete("/api/v1/people/" + slug).then().statusCode(204);
        given().get("/api/v1/people/" + slug).then().statusCode(404);
    }

    @Test
    void refusesToDeleteSomeoneAnArticleOrAFilmStillNames() {
        String author = Fixtures.unique("author");
        String subject = Fixtures.unique("subject");
        String actor = Fixtures.unique("actor");
        create(author);
        create(subject);
        create(actor);
        asEditor().contentType("application/json")
                .body("{\"slug\":\"" + Fixtures.unique("by") + "\",\"title\":\"T\",\"language\":\"en\",\"author\":\""
                        + author + "\",\"people\":[\"" + subject + "\"]}")
                .post("/api/v1/articles").then().statusCode(201);
        asEditor().contentType("application/json")
                .body("{\"slug\":\"" + Fixtures.unique("starring") + "\",\"title\":\"T\",\"credits\":[{\"person\":\""
                        + actor + "\",\"kind\":\"cast\",\"characterName\":\"Hero\"}]}")
                .post("/api/v1/films").then().statusCode(201);

        asEditor().header("If-Match", "\"0\"").delete("/api/v1/people/" + author).then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/conflict"))
                .body("detail", containsString("author of 1 article"));
        asEditor().header("If-Match", "\"0\"").delete("/api/v1/people/" + subject).then()
                .statusCode(409)
                .body("detail", containsString("1 article names them"));
        asEditor().header("If-Match", "\"0\"").delete("/api/v1/people/" + actor).then()
                .statusCode(409)
                .body("detail", containsString("1 film credit"));
        for (String slug : List.of(author, subject, actor)) {
            given().get("/api/v1/people/" + slug).then().statusCode(200).header("ETag", ETags.version(0));
        }
    }

    @Test
    void letsExactlyOneOfTwoRacingEditorsWin() throws Exception {
        String slug = Fixtures.unique("raced-person");
        create(slug);
        String other = Tokens.create("editor");
        asEditor().get("/api/v1/people/" + slug).then().statusCode(200);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (String token : List.of(editor, other)) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return given().auth().oauth2(token).header("If-Match", "\"0\"").contentType("application/json")
                            .body(body(slug, "Written by " + token.substring(0, 10)))
                            .put("/api/v1/people/" + slug).then().extract().statusCode();
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
        given().get("/api/v1/people/" + slug).then().header("ETag", ETags.version(1));
    }
}
