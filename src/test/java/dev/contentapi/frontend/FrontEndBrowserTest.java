package dev.contentapi.frontend;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.contentapi.common.http.MergePatch;
import dev.contentapi.support.Fixtures;
import dev.contentapi.support.NodeProject;
import dev.contentapi.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * The example front end at / in a real browser (Debian's Chromium, headless, through playwright-core), as a reader uses
 * it: the article list, an article with its author, film and approved comments in threads, search with a highlighted
 * snippet, and a posted comment that awaits moderation; markup in a comment shows as text, nothing violates the
 * page's Content-Security-Policy, and it fits a phone. The script is src/test/js/front-end.mjs; its screenshots stay in
 * target/browser-screenshots/. The article, its people, film and comments are made here, through the API.
 */
@QuarkusTest
class FrontEndBrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "browser-screenshots").toAbsolutePath();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void readsSearchesAndCommentsInABrowser() throws JsonProcessingException {
        Path chromium = NodeProject.chromium();
        NodeProject browser = NodeProject.at("src/test/js").install();

        String author = "Ana Autora " + Fixtures.unique("a");
        String director = "Dora Directora " + Fixtures.unique("d");
        String film = "Film " + Fixtures.unique("f");
        String title = "Front end " + Fixtures.unique("article");
        String word = word();
        String authorSlug = create("/api/v1/people", Map.of("slug", Fixtures.unique("author"), "name", author,
                "sortName", author, "shortBio", "Ana writes about films and the people who make them."));
        String directorSlug = create("/api/v1/people", Map.of("slug", Fixtures.unique("director"), "name", director,
                "sortName", director));
        String filmSlug = create("/api/v1/films", Map.of("slug", Fixtures.unique("film"), "title", film,
                "releaseDate", "2024-05-01", "platform", "Cinemas",
                "credits", List.of(Map.of("person", directorSlug, "kind", "director"))));
        String slug = create("/api/v1/articles", Map.of("slug", Fixtures.unique("front-end"), "title", title,
                "language", "en", "summary", "What the front end shows.",
                "body", "A paragraph about the " + word + ".\n\n## A heading\n\n> A quotation",
                "author", authorSlug, "films", List.of(filmSlug), "people", List.of(directorSlug)));
        given().auth().oauth2(Tokens.ADMIN).header("If-Match", "\"0\"")
                .post("/api/v1/articles/" + slug + "/publish").then().statusCode(200);

        String root = "The first comment, approved";
        String reply = "A reply to it, approved";
        String markup = "<img src=x onerror=alert(1)> & <b>bold</b>, approved";
        String pending = "Still waiting " + Fixtures.unique("pending");
        long rootId = approve(comment(slug, "Rita", root, null));
        approve(comment(slug, "Pepe", reply, rootId));
        approve(comment(slug, "Mallory", markup, null));
        comment(slug, "Paula", pending, null);

        String fixture = JSON.writeValueAsString(Map.of("title", title, "author", author,
                "authorBio", "Ana writes about films and the people who make them.", "film", film,
                "director", director, "searchWord", word,
                "comments", Map.of("root", root, "reply", reply, "markup", markup), "pending", pending,
                "newComment", "Posted from the browser " + Fixtures.unique("new")));
        String output = browser.node("front-end", Duration.ofMinutes(2), Map.of(
                "BASE_URL", "http://localhost:" + RestAssured.port,
                "SCREENSHOTS", SCREENSHOTS.toString(),
                "CHROMIUM_PATH", chromium.toString(),
                "FIXTURE", fixture), "front-end.mjs");

        assertThat(output).contains("post a comment: it awaits moderation", "an unknown article and an unknown page");
        for (String shot : List.of("list", "article", "search", "comment", "phone")) {
            assertThat(SCREENSHOTS.resolve("front-end-" + shot + ".png")).isNotEmptyFile();
        }
    }

    /** A word found nowhere else, of letters only, so that search finds this article by it. */
    private static String word() {
        StringBuilder word = new StringBuilder("quillwort");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.append('x').toString();
    }

    private static String create(String collection, Map<String, Object> body) throws JsonProcessingException {
        return given().auth().oauth2(Tokens.ADMIN).contentType("application/json").body(JSON.writeValueAsString(body))
                .post(collection).then().statusCode(201).extract().path("data.slug");
    }

    private static long comment(String article, String name, String body, Long parentId)
            throws JsonProcessingException {
        Map<String, Object> comment = parentId == null ? Map.of("authorName", name, "body", body)
                : Map.of("authorName", name, "body", body, "parentId", parentId);
        return given().contentType("application/json").body(JSON.writeValueAsString(comment))
                .post("/api/v1/articles/" + article + "/comments").then().statusCode(201).extract()
                .jsonPath().getLong("id");
    }

    private static long approve(long comment) {
        given().auth().oauth2(Tokens.ADMIN).contentType(MergePatch.MEDIA_TYPE).header("If-Match", "\"0\"")
                .body("{\"status\":\"approved\"}").patch("/api/v1/comments/" + comment).then().statusCode(200);
        return comment;
    }
}
