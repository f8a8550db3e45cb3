package dev.contentapi.person;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.contentapi.film.CreditKind;
import dev.contentapi.film.Film;
import dev.contentapi.support.Fixtures;
import dev.contentapi.support.Lists;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class PersonResourceTest {

    @Inject
    Fixtures fixtures;

    @Test
    void showsAPersonWithTheirCreditsNewestFilmFirst() {
        Person person = fixtures.person("Dual Role", "Role, Dual");
        Film older = fixtures.film("Earlier Film", LocalDate.of(1999, 5, 5));
        Film newer = fixtures.film("Later Film", LocalDate.of(2021, 5, 5));
        fixtures.credit(older, person, CreditKind.WRITER, null, 1);
        fixtures.credit(newer, person, CreditKind.CAST, "Herself", 1);

        given().get("/api/v1/people/" + person.slug).then()
                .statusCode(200)
                .body("data.self", equalTo("/api/v1/people/" + person.slug))
                .body("data.name", equalTo("Dual Role"))
                .body("data.sortName", equalTo("Role, Dual"))
                .body("data.roles", empty())
                .body("data.affiliations", empty())
                .body("data.credits.film.slug", contains(newer.slug, older.slug))
                .body("data.credits.kind", contains("cast", "writer"))
                .body("data.credits[0].characterName", equalTo("Herself"))
                .body("included", nullValue());

        given().get("/api/v1/people/" + person.slug + "?include=credits.film").then()
                .statusCode(200)
                .body("included.films.slug", contains(newer.slug, older.slug))
                .body("included.films[0].credits.person.slug", contains(person.slug));
    }

    @Test
    void listsPeopleBySortNameNotByDisplayName() {
        Person first = fixtures.person("Zoe Aardvark", "Aaaa, Zoe");
        Person last = fixtures.person("Aaron Zzzz", "Zzzz, Aaron");

        List<String> byName = Lists.all("/api/v1/people", "data.slug");
        assertThat(byName.indexOf(first.slug)).isNotNegative().isLessThan(byName.indexOf(last.slug));
        List<String> descending = Lists.all("/api/v1/people?sort=-name", "data.slug");
        assertThat(descending.indexOf(last.slug)).isNotNegative().isLessThan(descending.indexOf(first.slug));
    }
}
