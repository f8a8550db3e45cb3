package dev.contentapi.common.query;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.contentapi.article.Article;
import dev.contentapi.article.ArticleStatus;
import dev.contentapi.person.Person;
import dev.contentapi.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class CursorPagingTest {

    @Inject
    Fixtures fixtures;

    @ParameterizedTest
    @ValueSource(strings = { "/api/v1/articles?sort=-publishedAt", "/api/v1/articles?sort=publishedAt",
            "/api/v1/articles?sort=title,-publishedAt", "/api/v1/articles?sort=-updatedAt",
            "/api/v1/people?sort=name", "/api/v1/people?sort=-updatedAt", "/api/v1/films?sort=-releaseDate",
            "/api/v1/films?sort=releaseDate", "/api/v1/films?sort=-title" })
    void walksEveryListInTheSameOrderAsPagesWithoutRepeatsOrGaps(String list) {
        fixtures.published("Undated for the walk", null);
        List<Object> byCursor = new ArrayList<>();
        String cursor = null;
        do {
            JsonPath page = given().urlEncodingEnabled(false)
                    .get(list + "&size=3" + (cursor == null ? "" : "&cursor=" + cursor))
                    .then().statusCode(200).extract().jsonPath();
            byCursor.addAll(page.getList("data.id"));
            cursor = page.getString("meta.nextCursor");
            if (cursor != null) {
                assertThat(page.getList("data.id")).hasSize(3);
            }
        } while (cursor != null);

        List<Object> byPage = new ArrayList<>();
        int pages = given().get(list + "&size=3").then().extract().path("meta.totalPages");
        for (int page = 1; page <= pages; page++) {
            byPage.addAll(given().get(list + "&size=3&page=" + page).then().extract().jsonPath().getList("data.id"));
        }
        assertThat(byCursor).doesNotHaveDuplicates().isEqualTo(byPage);
    }

    @Test
    void neitherRepeatsNorSkipsWhileItemsAreAdded() {
        Person author = fixtures.person("Prolific", "Prolific");
        Instant base = Instant.parse("2020-01-01T00:00:00Z");
        List<String> original = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            original.add(writtenAt(author, base.plus(i, ChronoUnit.DAYS)).slug);
        }
        String list = "/api/v1/articles?author=" + author.slug + "&size=2";

        JsonPath first = given().get(list).then().statusCode(200).extract().jsonPath();
        List<String> seen = new ArrayList<>(first.getList("data.slug"));
        // newer than everything seen: belongs before the cursor, so the walk must not show it
        String newest = writtenAt(author, base.plus(30, ChronoUnit.DAYS)).slug;
        // between the items still to come: the walk must show it, in its place
        String middle = writtenAt(author, base.plus(2, ChronoUnit.DAYS).plus(1, ChronoUnit.HOURS)).slug;
        String cursor = first.getString("meta.nextCursor");
        while (cursor != null) {
            JsonPath page = given().get(list + "&cursor=" + cursor).then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("data.slug"));
            cursor = page.getString("meta.nextCursor");
        }

        assertThat(seen).doesNotContain(newest).containsExactly(original.get(5), original.get(4), original.get(3),
                middle, original.get(2), original.get(1), original.get(0));
    }

    @Test
    void answersTheCursorToTheNextPageAndNoneOnTheLast() {
        Person author = fixtures.person("Twice", "Twice");
        writtenAt(author, Instant.parse("2021-01-01T00:00:00Z"));
        writtenAt(author, Instant.parse("2021-01-02T00:00:00Z"));
        String list = "/api/v1/articles?author=" + author.slug;

        String cursor = given().get(list + "&size=1").then()
                .statusCode(200)
                .body("meta.page", equalTo(1))
                .header("Link", containsString("rel=\"next\""))
                .extract().path("meta.nextCursor");
        given().get(list + "&size=1&cursor=" + cursor).then()
                .statusCode(200)
                .body("meta.page", nullValue())
                .body("meta.totalItems", equalTo(2))
                .body("meta.nextCursor", nullValue())
                .header("Link", equalTo("<" + list + "&size=1&page=1>; rel=\"first\""));
        given().get(list + "&size=2").then()
                .statusCode(200)
                .body("meta.nextCursor", nullValue());
    }

    @Test
    void refusesAnAlteredCursor() {
        String cursor = given().get("/api/v1/articles?size=1").then().extract().path("meta.nextCursor");
        String payload = new String(Base64.getUrlDecoder().decode(cursor.substring(0, cursor.indexOf('.'))));
        String forged = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.replace("\"after\":[", "\"after\":[\"x\",").getBytes())
                + cursor.substring(cursor.indexOf('.'));
        Set<String> altered = new HashSet<>(List.of(forged, cursor.substring(0, cursor.length() - 2),
                cursor.replace('.', '-'), "garbage", "." + cursor, cursor + "A"));

        for (String bad : altered) {
            given().queryParam("cursor", bad).get("/api/v1/articles").then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].parameter", equalTo("cursor"))
                    .body("errors[0].detail", equalTo(
                            "is not a cursor this API issued, or was altered; take one from meta.nextCursor"));
        }
    }

    @Test
    void refusesACursorMadeForAnotherListOrCombinedWithPage() {
        Person author = fixtures.person("Other list", "Other list");
        writtenAt(author, Instant.parse("2022-01-01T00:00:00Z"));
        writtenAt(author, Instant.parse("2022-01-02T00:00:00Z"));
        String cursor = given().get("/api/v1/articles?size=1&author=" + author.slug).then()
                .extract().path("meta.nextCursor");

        given().get("/api/v1/articles?size=1&sort=title&author=" + author.slug + "&cursor=" + cursor).then()
                .statusCode(400)
                .body("errors[0].parameter", equalTo("cursor"))
                .body("errors[0].detail", containsString("was made for sort=-publishedAt"));
        given().get("/api/v1/articles?size=1&cursor=" + cursor).then()
                .statusCode(400)
                .body("errors[0].detail", containsString("was made for other filters"));
        given().get("/api/v1/articles?size=1&page=2&author=" + author.slug + "&cursor=" + cursor).then()
                .statusCode(400)
                .body("errors[0].detail", equalTo("cannot be combined with page"));
        given().get("/api/v1/people/" + author.slug + "/articles?size=1&cursor=" + cursor).then()
                .statusCode(200)
                .body("meta.nextCursor", nullValue());
    }

    private Article writtenAt(Person author, Instant publishedAt) {
        return fixtures.article("By " + author.name, ArticleStatus.PUBLISHED, publishedAt, author, List.of(), List.of());
    }
}
