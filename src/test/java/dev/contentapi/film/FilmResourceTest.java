package dev.contentapi.film;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.contentapi.person.Person;
import dev.contentapi.support.Fixtures;
import dev.contentapi.support.Lists;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class FilmResourceTest {

    @Inject
    Fixtures fixtures;

    @Test
    void showsAFilmWithItsCreditsInBillingOrder() {
        Film film = fixtures.film("Billing " + Fixtures.unique("f"), LocalDate.of(2001, 2, 3));
        Person lead = fixtures.person("Lead Actor", "Actor, Lead");
        Person director = fixtures.person("The Director", "Director, The");
        fixtures.credit(film, lead, CreditKind.CAST, "The Hero", 2);
        fixtures.credit(film, director, CreditKind.DIRECTOR, null, 1);

        given().get("/api/v1/films/" + film.slug).then()
                .statusCode(200)
                .body("data.self", equalTo("/api/v1/films/" + film.slug))
                .body("data.releaseDate", equalTo("2001-02-03"))
                .body("data.credits.kind", contains("director", "cast"))
                .body("data.credits.person.slug", contains(director.slug, lead.slug))
                .body("data.credits[0].characterName", nullValue())
                .body("data.credits[1].characterName", equalTo("The Hero"))
                .body("data.credits[1].person.self", equalTo("/api/v1/people/" + lead.slug))
                .body("included", nullValue());

        given().get("/api/v1/films/" + film.slug + "?include=credits.person").then()
                .statusCode(200)
                .body("included.people.slug", contains(director.slug, lead.slug))
                .body("included.people[1].sortName", equalTo("Actor, Lead"));
    }

    @Test
    void listsFilmsNewestReleaseFirstOrByTitle() {
        Film future = fixtures.film("Zzz Future " + Fixtures.unique("f"), LocalDate.of(2999, 1, 1));

        assertThat(Lists.<String> all("/api/v1/films", "data.slug").get(0)).isEqualTo(future.slug);

        Film a = fixtures.film("Aaa title order", null);
        Film b = fixtures.film("Bbb title order", null);
        List<String> byTitle = Lists.all("/api/v1/films?sort=title", "data.slug");
        assertThat(byTitle.indexOf(a.slug)).isNotNegative().isLessThan(byTitle.indexOf(b.slug));
        List<String> byTitleDescending = Lists.all("/api/v1/films?sort=-title", "data.slug");
        assertThat(byTitleDescending.indexOf(b.slug)).isNotNegative().isLessThan(byTitleDescending.indexOf(a.slug));
        List<String> dates = Lists.all("/api/v1/films?sort=releaseDate", "data.releaseDate");
        assertThat(dates.stream().filter(date -> date != null).toList()).isSorted();
    }

    @Test
    void listsTheFilmsAPersonIsCreditedIn() {
        Person actor = fixtures.person("Busy Actor", "Actor, Busy");
        Film older = fixtures.film("Older", LocalDate.of(1990, 1, 1));
        Film newer = fixtures.film("Newer", LocalDate.of(2010, 1, 1));
        fixtures.film("Not theirs", LocalDate.of(2000, 1, 1));
        fixtures.credit(older, actor, CreditKind.CAST, "Young", 1);
        fixtures.credit(newer, actor, CreditKind.CAST, "Old", 1);

        given().get("/api/v1/people/" + actor.slug + "/films").then()
                .statusCode(200)
                .body("data.slug", contains(newer.slug, older.slug))
                .body("meta.totalItems", equalTo(2));
        given().get("/api/v1/people/" + actor.slug + "/films?sort=title&include=credits.person").then()
                .statusCode(200)
                .body("data.slug", contains(newer.slug, older.slug))
                .body("included.people.slug", contains(actor.slug));
    }
}
