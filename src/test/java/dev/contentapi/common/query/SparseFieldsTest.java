package dev.contentapi.common.query;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class SparseFieldsTest {

    static final String ARTICLE = "/api/v1/articles/amazons-a-million-miles-away-how-the-son-of-migrant-farm-workers-became-an-astronaut";

    @Test
    void keepsOnlyTheFieldsAskedForPlusIdentityAndLinks() {
        JsonPath list = given().get("/api/v1/articles?fields=title,publishedAt").then()
                .statusCode(200)
                .body("meta.totalItems", notNullValue())
                .extract().jsonPath();
        for (Map<String, Object> item : list.<Map<String, Object>> getList("data")) {
            assertThat(item).containsOnlyKeys("id", "slug", "self", "title", "publishedAt");
        }
    }

    @Test
    void appliesToItemsAndToEachIncludedType() {
        JsonPath article = given().get(ARTICLE + "?include=author,films&fields=title,author&fields[people]=name"
                + "&fields[films]=releaseDate").then()
                .statusCode(200)
                .body("data.author.name", equalTo("Kate O'Hare"))
                .extract().jsonPath();
        assertThat(article.getMap("data")).containsOnlyKeys("id", "slug", "self", "title", "author");
        assertThat(article.<Map<String, Object>> getList("included.people").get(0))
                .containsOnlyKeys("id", "slug", "self", "name");
        assertThat(article.<Map<String, Object>> getList("included.films").get(0))
                .containsOnlyKeys("id", "slug", "self", "releaseDate");

        JsonPath film = given().get("/api/v1/films/a-million-miles-away?include=credits.person&fields=credits"
                + "&fields[people]=sortName").then().statusCode(200).extract().jsonPath();
        assertThat(film.getMap("data")).containsOnlyKeys("id", "slug", "self", "credits");
        assertThat(film.<Map<String, Object>> getList("included.people"))
                .allSatisfy(person -> assertThat(person).containsOnlyKeys("id", "slug", "self", "sortName"));

        JsonPath person = given().get("/api/v1/people?include=credits.film&fields=name&fields[films]=title").then()
                .statusCode(200).extract().jsonPath();
        assertThat(person.<Map<String, Object>> getList("data"))
                .allSatisfy(item -> assertThat(item).containsOnlyKeys("id", "slug", "self", "name"));
        assertThat(person.<Map<String, Object>> getList("included.films"))
                .allSatisfy(item -> assertThat(item).containsOnlyKeys("id", "slug", "self", "title"));
    }

    @Test
    void appliesToAPersonsFilmsAndArticles() {
        JsonPath films = given().get("/api/v1/people/michael-pena/films?fields=title").then().statusCode(200)
                .extract().jsonPath();
        assertThat(films.<Map<String, Object>> getList("data"))
                .isNotEmpty().allSatisfy(film -> assertThat(film).containsOnlyKeys("id", "slug", "self", "title"));
        JsonPath articles = given().get("/api/v1/people/kate-ohare/articles?fields=summary").then().statusCode(200)
                .extract().jsonPath();
        assertThat(articles.<Map<String, Object>> getList("data"))
                .isNotEmpty().allSatisfy(article -> assertThat(article).containsOnlyKeys("id", "slug", "self", "summary"));
    }

    @Test
    void answersEverythingWithoutFields() {
        Map<String, Object> article = given().get(ARTICLE).then().statusCode(200).extract().jsonPath().getMap("data");
        assertThat(article).containsKeys("body", "summary", "heroImage", "tags", "people", "films", "version");
    }

    @Test
    void refusesUnknownFieldsNamingTheParameter() {
        for (List<String> bad : List.of(List.of("fields", "nope"), List.of("fields[people]", "email"),
                List.of("fields[films]", "title,"))) {
            given().queryParam("include", "author,films").queryParam(bad.get(0), bad.get(1))
                    .get("/api/v1/articles").then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].parameter", equalTo(bad.get(0)))
                    .body("errors[0].detail", startsWith(bad.get(1).endsWith(",") ? "has an empty field; allowed: "
                            : "has no field '" + bad.get(1) + "'; allowed: "));
        }
        given().get(ARTICLE + "?fields=secret&include=nope").then()
                .statusCode(400)
                .body("errors.parameter", org.hamcrest.Matchers.containsInAnyOrder("fields", "include"));
    }
}
