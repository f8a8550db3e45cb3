package dev.contentapi.article;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.contentapi.film.Film;
import dev.contentapi.person.Person;
import dev.contentapi.support.Fixtures;
import dev.contentapi.support.Lists;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ArticleResourceTest {

    static final String SEED_ARTICLE = "amazons-a-million-miles-away-how-the-son-of-migrant-farm-workers-became-an-astronaut";

    @Inject
    Fixtures fixtures;

    @Test
    void listsPublishedArticlesNewestFirstWithUnknownDatesLast() {
        Article fresh = fixtures.published("Fresh " + Fixtures.unique("t"), Instant.now().plus(1, ChronoUnit.DAYS));
        Article undated = fixtures.published("Undated " + Fixtures.unique("t"), null);

        List<String> slugs = Lists.all("/api/v1/articles", "data.slug");
        assertThat(slugs.indexOf(fresh.slug)).isNotNegative()
                .isLessThan(slugs.indexOf(SEED_ARTICLE))
                .isLessThan(slugs.indexOf(undated.slug));
        List<String> dates = Lists.all("/api/v1/articles", "data.publishedAt");
        List<String> known = dates.stream().takeWhile(date -> date != null).toList();
        assertThat(known.stream().map(Instant::parse).toList())
                .isSortedAccordingTo(Comparator.<Instant> naturalOrder().reversed());
        assertThat(dates.subList(known.size(), dates.size())).containsOnlyNulls();
    }

    @Test
    void neverShowsDraftsScheduledOrArchivedArticles() {
        long before = totalArticles();
        Instant soon = Instant.now().plus(1, ChronoUnit.HOURS);
        List<Article> hidden = List.of(
                fixtures.article("Draft", ArticleStatus.DRAFT, null, null, List.of(), List.of()),
                fixtures.article("Scheduled", ArticleStatus.SCHEDULED, soon, null, List.of(), List.of()),
                fixtures.article("Archived", ArticleStatus.ARCHIVED, Instant.now(), null, List.of(), List.of()));

        assertThat(totalArticles()).isEqualTo(before);
        List<String> listed = Lists.all("/api/v1/articles", "data.slug");
        for (Article article : hidden) {
            assertThat(listed).doesNotContain(article.slug);
            given().get("/api/v1/articles/" + article.slug).then()
                    .statusCode(404)
                    .contentType("application/problem+json")
                    .body("type", equalTo("/problems/not-found"))
                    .body("detail", equalTo("No published article has the slug '" + article.slug + "'."));
        }
    }

    @Test
    void showsRelationsAsReferencesAndIncludesWholeRecordsOnRequest() {
        Person author = fixtures.person("Ana Author", "Author, Ana");
        Person subject = fixtures.person("Sam Subject", "Subject, Sam");
        Film film = fixtures.film("A Film " + Fixtures.unique("f"), LocalDate.of(2020, 1, 1));
        Article article = fixtures.article("Related", ArticleStatus.PUBLISHED, Instant.now(), author,
                List.of(subject, author), List.of(film));

        given().get("/api/v1/articles/" + article.slug).then()
                .statusCode(200)
                .body("data.self", equalTo("/api/v1/articles/" + article.slug))
                .body("data.author.slug", equalTo(author.slug))
                .body("data.author.name", equalTo("Ana Author"))
                .body("data.author.self", equalTo("/api/v1/people/" + author.slug))
                .body("data.people.slug", contains(subject.slug, author.slug))
                .body("data.films.slug", contains(film.slug))
                .body("data.films[0].title", equalTo(film.title))
                .body("included", nullValue());

        given().get("/api/v1/articles/" + article.slug + "?include=author").then()
                .statusCode(200)
                .body("included.people.slug", contains(author.slug))
                .body("included.people[0].sortName", equalTo("Author, Ana"))
                .body("included.films", nullValue());

        given().get("/api/v1/articles/" + article.slug + "?include=author,people,films").then()
                .statusCode(200)
                .body("included.people.slug", contains(author.slug, subject.slug))
                .body("included.films.slug", contains(film.slug))
                .body("included.films[0].releaseDate", equalTo("2020-01-01"));
    }

    @Test
    void includesOnListsNameEachRelatedRecordOnce() {
        Person author = fixtures.person("Once Only", "Only, Once");
        fixtures.article("First", ArticleStatus.PUBLISHED, Instant.now(), author, List.of(), List.of());
        fixtures.article("Second", ArticleStatus.PUBLISHED, Instant.now(), author, List.of(), List.of());

        List<String> included = given().get("/api/v1/people/" + author.slug + "/articles?include=author").then()
                .statusCode(200)
                .body("data.author.slug", contains(author.slug, author.slug))
                .extract().jsonPath().getList("included.people.slug");
        assertThat(included).containsExactly(author.slug);
    }

    @Test
    void sortsByAllowedFieldsAndBreaksTiesById() {
        Instant same = Instant.parse("2099-01-01T00:00:00Z");
        Article older = fixtures.published("Tie", same);
        Article newer = fixtures.published("Tie", same);

        List<String> newestFirst = Lists.all("/api/v1/articles?sort=-publishedAt", "data.slug");
        assertThat(newestFirst.indexOf(newer.slug)).isLessThan(newestFirst.indexOf(older.slug));

        List<String> oldestFirst = Lists.all("/api/v1/articles?sort=publishedAt", "data.slug");
        assertThat(oldestFirst.indexOf(older.slug)).isLessThan(oldestFirst.indexOf(newer.slug));

        Article a = fixtures.published("Aaa sorting check", Instant.now());
        Article b = fixtures.published("Bbb sorting check", Instant.now());
        List<String> byTitle = Lists.all("/api/v1/articles?sort=title", "data.slug");
        assertThat(byTitle.indexOf(a.slug)).isNotNegative().isLessThan(byTitle.indexOf(b.slug));
        List<String> byTitleDescending = Lists.all("/api/v1/articles?sort=-title,publishedAt", "data.slug");
        assertThat(byTitleDescending.indexOf(b.slug)).isNotNegative().isLessThan(byTitleDescending.indexOf(a.slug));
    }

    @Test
    void listsTheArticlesAPersonWrote() {
        Person author = fixtures.person("Writer", "Writer");
        Article written = fixtures.article("Theirs", ArticleStatus.PUBLISHED, Instant.now(), author, List.of(),
                List.of());
        fixtures.article("Their draft", ArticleStatus.DRAFT, null, author, List.of(), List.of());
        fixtures.published("Someone else's", Instant.now());

        given().get("/api/v1/people/" + author.slug + "/articles").then()
                .statusCode(200)
                .header("Link", equalTo("</api/v1/people/" + author.slug + "/articles?page=1>; rel=\"first\", "
                        + "</api/v1/people/" + author.slug + "/articles?page=1>; rel=\"last\""))
                .body("data.slug", contains(written.slug))
                .body("meta.totalItems", equalTo(1))
                .body("meta.totalPages", equalTo(1));
    }

    @Test
    void showsAnArticleWithNoAuthorOrImageAsNulls() {
        Article bare = fixtures.published("Bare", null);

        given().get("/api/v1/articles/" + bare.slug).then()
                .statusCode(200)
                .body("data.author", nullValue())
                .body("data.heroImage", nullValue())
                .body("data.publishedAt", nullValue())
                .body("data.people", org.hamcrest.Matchers.empty())
                .body("data.containsKey(\"authorEmail\")", equalTo(false));
    }

    private static long totalArticles() {
        return given().get("/api/v1/articles").then().statusCode(200).extract().jsonPath().getLong("meta.totalItems");
    }
}
