package dev.contentapi.common.query;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import dev.contentapi.article.Article;
import dev.contentapi.article.ArticleStatus;
import dev.contentapi.support.Fixtures;
import dev.contentapi.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The totals of the unfiltered lists are kept by triggers (V16) rather than counted on every page: they stay exactly
 * the number of rows the list shows through every kind of change.
 */
@QuarkusTest
class ListTotalsTest {

    @Inject
    Fixtures fixtures;

    @Inject
    EntityManager em;

    @Test
    void keepsThePublishedArticlesTotalExactThroughEveryChange() {
        String editor = Tokens.create("editor");
        assertTotals();
        Article published = fixtures.article().title("Counted").create();
        assertTotals();
        Article draft = fixtures.article().title("Not counted").status(ArticleStatus.DRAFT).create();
        assertTotals();
        given().auth().oauth2(editor).header("If-Match", "*").post("/api/v1/articles/" + draft.slug + "/publish")
                .then().statusCode(200);
        assertTotals();
        given().auth().oauth2(editor).header("If-Match", "*").post("/api/v1/articles/" + published.slug + "/unpublish")
                .then().statusCode(200);
        assertTotals();
        given().auth().oauth2(editor).header("If-Match", "*").delete("/api/v1/articles/" + draft.slug).then()
                .statusCode(204);
        assertTotals();
        // several rows in one statement, as the scheduled publisher changes them
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update article set status = case when status = 'published' then 'archived' else status end"
                        + " where id in (select id from article where status = 'published' order by id desc limit 3)")
                .executeUpdate());
        // a change made beside the API reaches its response cache by NOTIFY, within a second (README, Caching)
        await().atMost(Duration.ofSeconds(5)).untilAsserted(this::assertTotals);
    }

    @Test
    void keepsThePeopleAndFilmsTotalsExact() {
        String editor = Tokens.create("editor");
        var person = fixtures.person("Counted Person", "Person, Counted");
        var film = fixtures.film("Counted Film", LocalDate.of(2020, 1, 1));
        assertTotals();
        given().auth().oauth2(editor).header("If-Match", "*").delete("/api/v1/films/" + film.slug).then()
                .statusCode(204);
        given().auth().oauth2(editor).header("If-Match", "*").delete("/api/v1/people/" + person.slug).then()
                .statusCode(204);
        assertTotals();
    }

    private void assertTotals() {
        assertThat(listed("/api/v1/articles")).isEqualTo(counted("select count(*) from article where status = 'published'"));
        assertThat(listed("/api/v1/people")).isEqualTo(counted("select count(*) from person"));
        assertThat(listed("/api/v1/films")).isEqualTo(counted("select count(*) from film"));
    }

    private static long listed(String path) {
        return ((Number) given().get(path + "?size=1").then().statusCode(200).extract().path("meta.totalItems"))
                .longValue();
    }

    private long counted(String sql) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }
}
