package dev.contentapi.film;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.contentapi.support.ETags;
import dev.contentapi.support.Fixtures;
import dev.contentapi.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class FilmWritesTest {

    private static String editor;

    private static RequestSpecification asEditor() {
        if (editor == null) {
            editor = Tokens.create("editor");
        }
        return given().auth().oauth2(editor);
    }

    /** People of this test's own, so that the seed people's credits stay as seeded. */
    private static String director;
    private static String actor;
    private static String subject;

    private static String person(String prefix) {
        String slug = Fixtures.unique(prefix);
        asEditor().contentType("application/json")
                .body("{\"slug\":\"" + slug + "\",\"name\":\"" + prefix + "\",\"sortName\":\"" + prefix + "\"}")
                .post("/api/v1/people").then().statusCode(201);
        return slug;
    }

    @BeforeEach
    void people() {
        if (director == null) {
            director = person("director");
            actor = person("actor");
            subject = person("subject");
        }
    }

    private static String body(String slug, String title) {
        return """
                {"slug":"%s","title":"%s","originalTitle":"Original","releaseDate":"2023-09-15","runtimeMinutes":121,
                 "platform":"Amazon Prime Video","studio":"Amazon Studios","synopsis":"A story.",
                 "filmingCountries":["Mexico"],"genres":["drama"],
                 "credits":[{"person":"%s","kind":"director"},
                            {"person":"%s","kind":"cast","characterName":"José Hernández"},
                            {"person":"%s","kind":"subject"}]}"""
                .formatted(slug, title, director, actor, subject);
    }

    private static void create(String slug) {
        asEditor().contentType("application/json").body(body(slug, "Title of " + slug)).post("/api/v1/films").then()
                .statusCode(201);
    }

    @Test
    void createsAFilmWithItsCreditsInBillingOrder() {
        String slug = Fixtures.unique("new-film");
        asEditor().contentType("application/json").body(body(slug, "Fresh")).post("/api/v1/films").then()
                .statusCode(201)
                .header("Location", endsWith("/api/v1/films/" + slug))
                .header("ETag", ETags.version(0))
                .body("data.title", equalTo("Fresh"))
                .body("data.releaseDate", equalTo("2023-09-15"))
                .body("data.runtimeMinutes", equalTo(121))
                .body("data.genres", contains("drama"))
                .body("data.credits.person.slug", contains(director, actor, subject))
                .body("data.credits.kind", contains("director", "cast", "subject"))
                .body("data.credits[1].characterName", equalTo("José Hernández"));
        given().get("/api/v1/films/" + slug).then().statusCode(200)
                .header("ETag", ETags.version(0))
                .body("data.credits.person.slug", contains(director, actor, subject));
        given().get("/api/v1/people/" + actor + "/films").then().statusCode(200)
                .body("data.slug", hasItem(slug));
    }

    @Test
    void needsTheCurrentVersionForEveryChange() {
        String slug = Fixtures.unique("versioned-film");
        create(slug);
        String path = "/api/v1/films/" + slug;

        asEditor().contentType("application/json").body(body(slug, "No If-Match")).put(path).then()
                .statusCode(428)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/precondition-required"));
        asEditor().contentType("application/merge-patch+json").body("{\"title\":\"x\"}").patch(path).then()
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
        given().get(path).then().header("ETag", ETags.version(1)).body("data.title", equalTo("First"));
    }

    @Test
    void replacesEveryFieldAndPatchesSomeCreditsIncluded() {
        String slug = Fixtures.unique("edited-film");
        create(slug);
        String path = "/api/v1/films/" + slug;

        asEditor().header("If-Match", "\"0\"").contentType("application/json")
                .body("{\"slug\":\"" + slug + "\",\"title\":\"Bare\"}").put(path).then()
                .statusCode(200)
                .header("ETag", ETags.version(1))
                .body("data.title", equalTo("Bare"))
                .body("data.releaseDate", nullValue())
                .body("data.genres", empty())
                .body("data.credits", empty());

        asEditor().header("If-Match", "\"1\"").contentType("application/merge-patch+json")
                .body("{\"synopsis\":\"Now with a synopsis\",\"title\":null}").patch(path).then()
                .statusCode(422)
                .body("errors[0].pointer", equalTo("/title"));
        asEditor().header("If-Match", "\"1\"").contentType("application/merge-patch+json")
                .body("{\"credits\":[{\"person\":\"" + actor + "\",\"kind\":\"cast\",\"characterName\":\"Hero\"}]}")
                .patch(path).then()
                .statusCode(200)
                .header("ETag", ETags.version(2))
                .body("data.title", equalTo("Bare"))
                .body("data.credits.person.slug", contains(actor));
        asEditor().header("If-Match", "\"2\"").contentType("application/merge-patch+json")
                .body("{\"credits\":[{\"person\":\"" + subject + "\",\"kind\":\"subject\"},"
                        + "{\"person\":\"" + actor + "\",\"kind\":\"cast\",\"characterName\":\"Hero\"}]}")
                .patch(path).then()
                .statusCode(200)
                .header("ETag", ETags.version(3))
                .body("data.credits.person.slug", contains(subject, actor))
                .body("data.credits.characterName", contains(nullValue(), equalTo("Hero")));
        asEditor().header("If-Match", "\"3\"").contentType("application/merge-patch+json")
                .body("{\"synopsis\":\"Short\"}").patch(path).then()
                .statusCode(200)
                .header("ETag", ETags.version(4))
                .body("data.synopsis", equalTo("Short"))
                .body("data.credits.person.slug", contains(subject, actor));
        given().get(path).then().header("ETag", ETags.version(4))
                .body("data.credits.person.slug", contains(subject, actor));
        asEditor().header("If-Match", "\"4\"").contentType("application/json").body("{\"title\":\"x\"}")
                .patch(path).then().statusCode(415);
    }

    @Test
    void refusesBadBodiesAndChangesNothing() {
        String slug = Fixtures.unique("guarded-film");
        create(slug);
        String path = "/api/v1/films/" + slug;

        asEditor().contentType("application/json")
                .body("""
                        {"slug":"Bad Slug","title":"","runtimeMinutes":0,"genres":[""],
                         "credits":[{"person":"%s","kind":"stuntman"},{"kind":"cast"}]}""".formatted(actor))
                .post("/api/v1/films").then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/validation-failed"))
                .body("errors.pointer", containsInAnyOrder("/credits/0/kind", "/credits/1/person", "/genres/0",
                        "/runtimeMinutes", "/slug", "/title"));
        asEditor().contentType("application/json")
                .body("""
                        {"slug":"%s","title":"T","credits":[{"person":"%s","kind":"cast"},
                         {"person":"nobody-at-all","kind":"director"},
                         {"person":"%s","kind":"director","characterName":"Himself"}]}"""
                        .formatted(Fixtures.unique("unknown"), actor, subject))
                .post("/api/v1/films").then()
                .statusCode(422)
                .body("errors.pointer", contains("/credits/1/person", "/credits/2/characterName"));
        asEditor().contentType("application/json")
                .body(body(Fixtures.unique("date"), "x").replace("2023-09-15", "15/09/2023"))
                .post("/api/v1/films").then()
                .statusCode(400)
                .body("type", equalTo("/problems/malformed-request"));
        for (String owned : List.of("\"version\":7", "\"id\":1", "\"updatedAt\":null", "\"director\":\"x\"")) {
            asEditor().header("If-Match", "\"0\"").contentType("application/json")
                    .body(body(slug, "Sneaky").replace("{\"slug\"", "{" + owned + ",\"slug\"")).put(path).then()
                    .statusCode(400)
                    .body("type", equalTo("/problems/malformed-request"));
        }
        asEditor().header("If-Match", "\"0\"").contentType("application/merge-patch+json")
                .body("{\"credits\":[{\"person\":\"" + actor + "\",\"kind\":\"cast\",\"order\":1}]}").patch(path)
                .then()
                .statusCode(400)
                .body("type", equalTo("/problems/malformed-request"));
        asEditor().contentType("application/json").body(body(slug, "Duplicate")).post("/api/v1/films").then()
                .statusCode(409)
                .body("type", equalTo("/problems/conflict"))
                .body("errors[0].pointer", equalTo("/slug"));
        asEditor().header("If-Match", "\"0\"").contentType("application/json")
                .body(body("a-million-miles-away", "Taken")).put(path).then()
                .statusCode(409)
                .body("errors[0].pointer", equalTo("/slug"));
        given().contentType("application/json").body(body(Fixtures.unique("anon"), "x")).post("/api/v1/films")
                .then().statusCode(401);
        given().auth().oauth2(Tokens.create("moderator")).contentType("application/json")
                .body(body(Fixtures.unique("mod"), "x")).post("/api/v1/films").then().statusCode(403);
        given().auth().oauth2(Tokens.create("moderator")).header("If-Match", "\"0\"").delete(path).then()
                .statusCode(403);

        given().get(path).then()
                .header("ETag", ETags.version(0))
                .body("data.title", equalTo("Title of " + slug))
                .body("data.credits.person.slug", contains(director, actor, subject));
    }

    @Test
    void deletesWithTheCurrentVersionAndTakesItsCredits() {
        String slug = Fixtures.unique("doomed-film");
        create(slug);
        asEditor().header("If-Match", "\"9\"").delete("/api/v1/films/" + slug).then().statusCode(412);
        asEditor().header("If-Match", "\"0\"").delete("/api/v1/films/" + slug).then().statusCode(204);
        given().get("/api/v1/films/" + slug).then().statusCode(404);
        given().get("/api/v1/people/" + actor).then().statusCode(200)
                .body("data.credits.film.slug", not(hasItem(slug)));
    }

    @Test
    void refusesToDeleteAFilmAnArticleIsAbout() {
        String slug = Fixtures.unique("written-about");
        create(slug);
        asEditor().contentType("application/json")
                .body("{\"slug\":\"" + Fixtures.unique("review") + "\",\"title\":\"T\",\"language\":\"en\",\"films\":[\""
                        + slug + "\"]}")
                .post("/api/v1/articles").then().statusCode(201);
        asEditor().header("If-Match", "\"0\"").delete("/api/v1/films/" + slug).then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/conflict"))
                .body("detail", containsString("1 article is about it"));
        given().get("/api/v1/films/" + slug).then().statusCode(200).header("ETag", ETags.version(0))
                .body("data.credits", org.hamcrest.Matchers.hasSize(3));
    }

    @Test
    void letsExactlyOneOfTwoRacingEditorsWin() throws Exception {
        String slug = Fixtures.unique("raced-film");
        create(slug);
        String other = Tokens.create("editor");
        asEditor().get("/api/v1/films/" + slug).then().statusCode(200);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (String token : List.of(editor, other)) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return given().auth().oauth2(token).header("If-Match", "\"0\"").contentType("application/json")
                            .body(body(slug, "Written by " + token.substring(0, 10)))
                            .put("/api/v1/films/" + slug).then().extract().statusCode();
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
        given().get("/api/v1/films/" + slug).then().header("ETag", ETags.version(1));
    }
}
