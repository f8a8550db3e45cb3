package dev.contentapi.common.query;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.contentapi.article.ArticleStatus;
import dev.contentapi.person.Person;
import dev.contentapi.support.Fixtures;
import dev.contentapi.support.Lists;
import io.quarkus.test.junit.QuarkusTest;

/** {@code q} on the lists: a full-text filter over the search vectors, combined with the other filters. */
@QuarkusTest
class ListTextFilterTest {

    @Inject
    Fixtures fixtures;

    @Test
    void findsArticlesByStemmedWordsInTheirOwnLanguageAndNeverDrafts() {
        String word = "zorblax" + System.nanoTime();
        Person author = fixtures.person("Searcher", "Searcher");
        var english = fixtures.article().title("The " + word + " astronauts").author(author)
                .status(ArticleStatus.PUBLISHED).publishedAt(Instant.now()).create();
        var spanish = fixtures.article().title("Las películas de " + word).language("es").author(author)
                .status(ArticleStatus.PUBLISHED).publishedAt(Instant.now().minusSeconds(60)).create();
        fixtures.article().title("Draft " + word + " astronaut").author(author).status(ArticleStatus.DRAFT).create();

        assertThat(Lists.slugs("/api/v1/articles", "q", word + " astronaut")).containsExactly(english.slug);
        assertThat(Lists.slugs("/api/v1/articles", "q", word + " pelicula")).containsExactly(spanish.slug);
        assertThat(Lists.slugs("/api/v1/articles", "q", word)).containsExactly(english.slug, spanish.slug);
        assertThat(Lists.slugs("/api/v1/articles", "q", word + " -astronaut")).containsExactly(spanish.slug);
        given().queryParam("q", word).queryParam("language", "es").queryParam("author", author.slug)
                .get("/api/v1/articles").then()
                .statusCode(200)
                .body("data.slug", contains(spanish.slug))
                .body("meta.totalItems", equalTo(1));
    }

    @Test
    void findsPeopleAndFilmsWhateverTheAccents() {
        assertThat(Lists.slugs("/api/v1/people", "q", "jose hernandez")).contains("jose-hernandez");
        assertThat(Lists.slugs("/api/v1/people", "q", "\"marquez abella\"")).containsExactly("alejandra-marquez-abella");
        assertThat(Lists.slugs("/api/v1/films", "q", "michoacan")).contains("a-million-miles-away");
        assertThat(Lists.slugs("/api/v1/films", "q", "michoacan", "releasedBefore", "2023-01-01")).isEmpty();
    }

    @Test
    void refusesATooLongQueryAndACursorMadeForOtherWords() {
        given().queryParam("q", "a".repeat(201)).get("/api/v1/films").then()
                .statusCode(400)
                .body("errors[0].parameter", equalTo("q"))
                .body("errors[0].detail", containsString("1 to 200 characters"));
        String cursor = given().get("/api/v1/people?q=jose&size=1").then().extract().path("meta.nextCursor");
        if (cursor != null) {
            given().get("/api/v1/people?q=kate&size=1&cursor=" + cursor).then()
                    .statusCode(400)
                    .body("errors[0].parameter", equalTo("cursor"));
        }
        List<String> allPeople = Lists.slugs("/api/v1/people");
        assertThat(Lists.slugs("/api/v1/people", "q", "hernandez")).isSubsetOf(allPeople);
    }
}
