package dev.contentapi.common.query;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.contentapi.article.Article;
import dev.contentapi.article.ArticleStatus;
import dev.contentapi.comment.Comment;
import dev.contentapi.comment.CommentStatus;
import dev.contentapi.film.CreditKind;
import dev.contentapi.film.Film;
import dev.contentapi.person.Person;
import dev.contentapi.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Lists never N+1: a page of 100 with every include costs the same number of SQL statements as a page of 1, counted by
 * Hibernate's statistics (native queries included).
 */
@QuarkusTest
class StatementCountTest {

    private static final Instant FAR_FUTURE = Instant.parse("2200-01-01T00:00:00Z");
    /** Every list below is filtered to the rows this test makes, whatever other tests add to the database. */
    private static final String ROLE = "statement-counter";
    private static final String OWN_ARTICLES = "publishedAfter=2200-01-01&publishedBefore=2201-01-01";
    private static final String OWN_FILMS = "releasedAfter=2300-01-01&releasedBefore=2301-01-01";
    private static boolean seeded;
    private static Article commented;

    @Inject
    Fixtures fixtures;

    @Inject
    SessionFactory sessions;

    @BeforeEach
    void hundredItemsWithRelationsOfTheirOwn() {
        if (seeded) {
            return;
        }
        // Credited on every film and made first, with an old film of their own: they and that film lie outside
        // every page below, so that a page of 100 must load each level of relations just as a page of 1 must (the
        // session would otherwise already hold what a full page refers to, and the larger page would cost less).
        Person director = fixtures.person("Director", "Director");
        fixtures.credit(fixtures.film("Early Film", LocalDate.of(1900, 1, 1)), director, CreditKind.DIRECTOR, null, 1);
        for (int i = 0; i < 100; i++) {
            Person author = fixtures.person("Author " + i, "Author " + i, List.of(ROLE));
            Person subject = fixtures.person("Subject " + i, "Subject " + i, List.of(ROLE));
            Film film = fixtures.film("Film " + i, LocalDate.of(2300, 1, 1).plusDays(i));
            fixtures.credit(film, subject, CreditKind.CAST, "Role " + i, 1);
            fixtures.credit(film, author, CreditKind.WRITER, null, 2);
            fixtures.credit(film, director, CreditKind.DIRECTOR, null, 3);
            Article article = fixtures.article("Article " + i, ArticleStatus.PUBLISHED,
                    FAR_FUTURE.plus(i, ChronoUnit.MINUTES), author, List.of(subject), List.of(film));
            if (i == 0) {
                commented = article;
            }
        }
        for (int i = 0; i < 100; i++) {
            Comment root = fixtures.comment(commented, null, CommentStatus.APPROVED, "Root " + i);
            Comment reply = fixtures.comment(commented, root, CommentStatus.APPROVED, "Reply " + i);
            fixtures.comment(commented, reply, CommentStatus.APPROVED, "Reply to reply " + i);
        }
        seeded = true;
    }

    @Test
    void articlesWithAuthorPeopleAndFilms() {
        assertSameCostForOneAndHundred("/api/v1/articles?" + OWN_ARTICLES + "&include=author,people,films&size=");
    }

    @Test
    void filmsWithCreditedPeople() {
        assertSameCostForOneAndHundred("/api/v1/films?" + OWN_FILMS + "&include=credits.person&size=");
    }

    @Test
    void peopleWithTheirFilms() {
        assertSameCostForOneAndHundred("/api/v1/people?role=" + ROLE + "&sort=-updatedAt&include=credits.film&size=");
    }

    @Test
    void commentThreadsWithTheirReplies() {
        assertSameCostForOneAndHundred("/api/v1/articles/" + commented.slug + "/comments?size=");
    }

    @Test
    void followingACursor() {
        String cursor = given().get("/api/v1/articles?" + OWN_ARTICLES + "&size=1").then().statusCode(200)
                .extract().path("meta.nextCursor");
        String after = "/api/v1/articles?" + OWN_ARTICLES + "&include=author,people,films&cursor=" + cursor;
        long one = statementsFor(after + "&size=1");
        long hundred = statementsFor(after + "&size=100");
        assertThat(hundred).isEqualTo(one);
    }

    private void assertSameCostForOneAndHundred(String path) {
        long one = statementsFor(path + 1);
        long hundred = statementsFor(path + 100);
        assertThat(hundred).as("statements for a page of 100 vs a page of 1 of %s", path).isEqualTo(one);
        assertThat(one).as("statements for %s", path).isLessThanOrEqualTo(12);
    }

    private long statementsFor(String path) {
        var statistics = sessions.getStatistics();
        long before = statistics.getPrepareStatementCount();
        given().get(path).then().statusCode(200);
        return statistics.getPrepareStatementCount() - before;
    }
}
