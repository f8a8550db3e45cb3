package dev.contentapi.common.caching;

import static dev.contentapi.support.Polling.until;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Supplier;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import dev.contentapi.article.Article;
import dev.contentapi.comment.Comment;
import dev.contentapi.comment.CommentStatus;
import dev.contentapi.support.ETags;
import dev.contentapi.support.Fixtures;
import dev.contentapi.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * HTTP caching end to end: validators that change whenever what an answer shows changes, 304s, Cache-Control and
 * Vary for browsers and CDNs, and the server-side cache, never stale after a write on this replica and within a
 * second after one made anywhere else.
 */
@QuarkusTest
class HttpCachingTest {

    private static final String PUBLIC = "public, max-age=30, s-maxage=60, stale-while-revalidate=30";

    @Inject
    Fixtures fixtures;

    @Inject
    EntityManager em;

    private static String editor;

    private static String editor() {
        if (editor == null) {
            editor = Tokens.create("editor");
        }
        return editor;
    }

    @Test
    void tagsAnItemWithItsVersionAndADigestAndAnswers304ToAMatchingIfNoneMatch() {
        Article article = fixtures.article().title("Tagged").create();
        String path = "/api/v1/articles/" + article.slug;
        Response first = given().get(path);
        first.then().statusCode(200)
                .header("ETag", ETags.version(0))
                .header("Cache-Control", equalTo(PUBLIC))
                .header("Vary", equalTo("Accept, Authorization, Origin"));
        String etag = first.header("ETag");

        given().header("If-None-Match", etag).get(path).then()
                .statusCode(304)
                .header("ETag", equalTo(etag))
                .header("Cache-Control", equalTo(PUBLIC))
                .header("Vary", equalTo("Accept, Authorization, Origin"))
                .body(emptyString());
        given().header("If-None-Match", "\"other\", W/" + etag).get(path).then().statusCode(304);
        given().header("If-None-Match", "*").get(path).then().statusCode(304);
        given().header("If-None-Match", "\"0-stale\"").get(path).then().statusCode(200).header("ETag", equalTo(etag));
        // The digest is of the answer: another representation of the same item has another tag.
        given().queryParam("include", "author").get(path).then().statusCode(200)
                .header("ETag", not(equalTo(etag)));
    }

    @Test
    void changesAnItemsTagWhenWhatItIncludesChangesThoughTheItemDoesNot() {
        Article article = fixtures.article().title("With comments").create();
        String path = "/api/v1/articles/" + article.slug;
        String before = given().get(path).then().statusCode(200).extract().header("ETag");

        fixtures.comment(article, null, CommentStatus.APPROVED, "A comment that counts");

        given().header("If-None-Match", before).get(path).then()
                .statusCode(200)
                .header("ETag", ETags.version(0))
                .header("ETag", not(equalTo(before)))
                .body("data.commentCount", equalTo(1));
    }

    @Test
    void changesAListsTagWhenAnItemIsEditedAddedOrRemovedOrACommentIsApproved() {
        String tag = Fixtures.unique("listtag");
        Article first = fixtures.article().title("First listed").tags(tag).create();
        String path = "/api/v1/articles?tag=" + tag;
        Supplier<String> read = () -> given().get(path).then().statusCode(200).extract().header("ETag");

        String listed = read.get();
        assertThat(read.get()).as("the same list, the same tag").isEqualTo(listed);

        patchTitle(first.slug, "First, edited");
        String edited = read.get();
        assertThat(edited).isNotEqualTo(listed);
        given().header("If-None-Match", listed).get(path).then().statusCode(200)
                .body("data[0].title", equalTo("First, edited"));

        Article second = fixtures.article().title("Second listed").tags(tag).create();
        String added = read.get();
        assertThat(added).isNotEqualTo(edited);

        Comment pending = fixtures.comment(second, null, CommentStatus.PENDING, "Awaiting a moderator");
        given().auth().oauth2(Tokens.create("moderator")).header("If-Match", "*")
                .contentType("application/merge-patch+json").body("{\"status\":\"approved\"}")
                .patch("/api/v1/comments/" + pending.id).then().statusCode(200);
        String approved = read.get();
        assertThat(approved).as("the list shows comment counts").isNotEqualTo(added);

        given().auth().oauth2(editor()).header("If-Match", "*")
                .post("/api/v1/articles/" + second.slug + "/unpublish").then().statusCode(200);
        String removed = read.get();
        assertThat(removed).isNotEqualTo(approved);
        assertThat(List.of(listed, edited, added, approved)).doesNotHaveDuplicates();
        assertThat(removed).as("the same list as before the second article came: the same bytes, the same tag")
                .isEqualTo(edited);
    }

    @Test
    void sendsLastModifiedOnceTheLastChangeIsInAPastSecondAndAnswersIfModifiedSince() {
        Article article = fixtures.article().title("Dated").create();
        String path = "/api/v1/articles/" + article.slug;
        Response dated = until(() -> given().get(path), response -> response.header("Last-Modified") != null,
                Duration.ofSeconds(3));
        String lastModified = dated.header("Last-Modified");
        Instant modified = ZonedDateTime.parse(lastModified, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        assertThat(modified).isBefore(Instant.now());

        given().header("If-Modified-Since", lastModified).get(path).then().statusCode(304)
                .header("Last-Modified", equalTo(lastModified));
        given().header("If-Modified-Since", httpDate(modified.plusSeconds(60))).get(path).then().statusCode(304);
        given().header("If-Modified-Since", httpDate(modified.minusSeconds(1))).get(path).then().statusCode(200);
        given().header("If-Modified-Since", "not a date").get(path).then().statusCode(200);
        // If-None-Match wins over If-Modified-Since (RFC 9110 §13.1.3).
        given().header("If-Modified-Since", lastModified).header("If-None-Match", "\"other\"").get(path).then()
                .statusCode(200);

        patchTitle(article.slug, "Dated, edited");
        Response after = given().header("If-Modified-Since", lastModified).get(path);
        after.then().statusCode(200).body("data.title", equalTo("Dated, edited"));
        if (after.header("Last-Modified") != null) {
            assertThat(ZonedDateTime.parse(after.header("Last-Modified"), DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant()).isAfter(modified);
        }
    }

    @Test
    void validatesListsSearchAndCommentsToo() {
        Article article = fixtures.article().title("Validated everywhere").create();
        fixtures.comment(article, null, CommentStatus.APPROVED, "Validated comment");
        for (String path : List.of("/api/v1/articles", "/api/v1/people", "/api/v1/films",
                "/api/v1/search?q=validated", "/api/v1/articles/" + article.slug + "/comments",
                "/api/v1/people/jose-hernandez", "/api/v1/films/a-million-miles-away")) {
            String etag = given().get(path).then().statusCode(200)
                    .header("ETag", matchesPattern("\"([0-9]+-)?[A-Za-z0-9_-]{22}\""))
                    .header("Cache-Control", equalTo(PUBLIC))
                    .extract().header("ETag");
            given().header("If-None-Match", etag).get(path).then().statusCode(304).header("ETag", equalTo(etag));
        }
    }

    @Test
    void keepsAnswersToRequestsWithCredentialsPrivateAndErrorsAndWritesUncached() {
        Article article = fixtures.article().title("Private answer").create();
        given().auth().oauth2(editor()).get("/api/v1/articles/" + article.slug).then()
                .statusCode(200)
                .header("Cache-Control", equalTo("private, no-store"))
                .header("Vary", containsString("Authorization"))
                .header("Cache-Status", nullValue());
        given().get("/api/v1/articles/no-such-article").then().statusCode(404)
                .header("Cache-Control", equalTo("no-store"));
        given().get("/api/v1/articles?size=1000").then().statusCode(400)
                .header("Cache-Control", equalTo("no-store"));
        given().get("/no/such/route").then().statusCode(404).header("Cache-Control", equalTo("no-store"));
        given().auth().oauth2(editor()).contentType("application/merge-patch+json").header("If-Match", "*")
                .body("{\"dek\":\"Changed\"}").patch("/api/v1/articles/" + article.slug).then()
                .statusCode(200)
                .header("Cache-Control", equalTo("no-store"))
                .header("ETag", ETags.version(1));
    }

    @Test
    void answersRepeatedAnonymousReadsFromTheCacheWithTheSameBytesAndHeaders() {
        String tag = Fixtures.unique("cached");
        fixtures.article().title("Cached").tags(tag).create();
        String path = "/api/v1/articles?tag=" + tag + "&size=5";
        Response miss = given().get(path);
        miss.then().statusCode(200).header("Cache-Status", equalTo("content-api; fwd=miss"));
        Response hit = cached(path);
        hit.then().statusCode(200);
        assertThat(hit.asByteArray()).isEqualTo(miss.asByteArray());
        for (String header : List.of("Content-Type", "ETag", "Link", "Cache-Control", "Vary")) {
            assertThat(hit.header(header)).as(header).isEqualTo(miss.header(header));
        }
        given().header("If-None-Match", hit.header("ETag")).get(path).then().statusCode(304)
                .header("Cache-Status", equalTo("content-api; hit"));
        // Not for other media types, other methods, or cross-origin requests.
        given().accept("text/html").get(path).then().statusCode(406);
        given().head(path).then().statusCode(200).header("Cache-Status", not(equalTo("content-api; hit")));
        given().header("Origin", "https://front.example").get(path).then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("https://front.example"))
                .header("Cache-Status", not(equalTo("content-api; hit")));
    }

    @Test
    void neverAnswersStaleAfterAWriteThroughThisReplica() {
        Article article = fixtures.article().title("Before").create();
        String path = "/api/v1/articles/" + article.slug;
        given().get(path).then().statusCode(200);
        cached(path);

        patchTitle(article.slug, "After");

        given().get(path).then().statusCode(200)
                .header("Cache-Status", equalTo("content-api; fwd=miss"))
                .body("data.title", equalTo("After"));
    }

    @Test
    void seesAChangeMadeBehindItsBackWithinASecond() {
        Article article = fixtures.article().title("Behind its back").create();
        String path = "/api/v1/articles/" + article.slug;
        given().get(path).then().statusCode(200);
        cached(path);

        // As another replica (or psql) would: a committed change this replica did not make.
        QuarkusTransaction.requiringNew().run(() -> em
                .createNativeQuery("update article set title = 'Changed elsewhere', version = version + 1 where id = :id")
                .setParameter("id", article.id).executeUpdate());

        Response fresh = until(() -> given().get(path),
                response -> "Changed elsewhere".equals(response.path("data.title")), Duration.ofSeconds(1));
        fresh.then().header("ETag", ETags.version(1));
    }

    @Test
    void staysFreshWhenTheNotificationConnectionDropsAndCachesAgainOnceItIsBack() {
        Article article = fixtures.article().title("Dropped").create();
        String path = "/api/v1/articles/" + article.slug;
        given().get(path).then().statusCode(200);
        cached(path);

        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("select pg_terminate_backend(pid) from pg_stat_activity "
                    + "where application_name = 'content-api-notifications' and datname = current_database()")
                    .getResultList();
            em.createNativeQuery("update article set title = 'Changed while deaf' where id = :id")
                    .setParameter("id", article.id).executeUpdate();
        });

        until(() -> given().get(path), response -> "Changed while deaf".equals(response.path("data.title")),
                Duration.ofSeconds(1));
        // From then on no answer is stale (each channel is trusted only once it is listened to again and its cache
        // moved past what it held), and once listening again, reads are cached again.
        until(() -> given().get(path).then().body("data.title", equalTo("Changed while deaf")).extract().response(),
                response -> "content-api; hit".equals(response.header("Cache-Status")), Duration.ofSeconds(5));
    }

    @Test
    void cachesRedirectsFromOldSlugsPublicly() {
        Article article = fixtures.article().title("Renamed").create();
        String renamed = Fixtures.unique("renamed");
        given().auth().oauth2(editor()).contentType("application/merge-patch+json").header("If-Match", "*")
                .body("{\"slug\":\"" + renamed + "\"}").patch("/api/v1/articles/" + article.slug).then()
                .statusCode(200);
        given().redirects().follow(false).get("/api/v1/articles/" + article.slug).then()
                .statusCode(301)
                .header("Location", notNullValue())
                .header("Cache-Control", equalTo(PUBLIC));
    }

    /** Reads until the answer comes from the cache (the notification of the fixture's own commit may come first). */
    private static Response cached(String path) {
        return until(() -> given().get(path), response -> "content-api; hit".equals(response.header("Cache-Status")),
                Duration.ofSeconds(5));
    }

    private void patchTitle(String slug, String title) {
        given().auth().oauth2(editor()).contentType("application/merge-patch+json").header("If-Match", "*")
                .body("{\"title\":\"" + title + "\"}").patch("/api/v1/articles/" + slug).then().statusCode(200);
    }

    private static String httpDate(Instant instant) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atZone(java.time.ZoneOffset.UTC));
    }
}
