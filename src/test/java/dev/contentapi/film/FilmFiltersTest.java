package dev.contentapi.film;

import static dev.contentapi.support.Problems.assertInvalidParameter;
import static dev.contentapi.support.Problems.assertInvalidParameters;
import static dev.contentapi.support.Problems.assertOneInvalidParameter;
import static dev.contentapi.support.Problems.getRaw;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.contentapi.person.Person;
import dev.contentapi.support.Fixtures;
import dev.contentapi.support.Lists;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/**
 * The film list filters: {@code person} (a credit of any kind), {@code releasedAfter} (inclusive), {@code releasedBefore}
 * (exclusive) and {@code genre}. Several values of one filter match any of them; different filters must all match; the
 * filtered list sorts, pages and counts like any other. Every test makes its own people and genres, so the filters
 * isolate its films from the seed and from other tests.
 */
@QuarkusTest
class FilmFiltersTest {

    private static final String FILMS = "/api/v1/films";
    private static final String SLUGS = "must be slugs: lower-case letters and digits in words joined by '-'";
    private static final String WORDS = "must be words of letters and digits, up to 50 characters";
    private static final String DATE = "must be an ISO-8601 date (2023-09-15)";
    private static final String EMPTY = "must not be empty";

    @Inject
    Fixtures fixtures;

    // One filter at a time, and several values of it

    @Test
    void filtersByAPersonWithACreditOfAnyKind() {
        Person actor = fixtures.person("Filter Actor", "Actor, Filter");
        Person director = fixtures.person("Filter Director", "Director, Filter");
        Person subject = fixtures.person("Filter Subject", "Subject, Filter");
        Film acted = fixtures.film("Zz Acted", LocalDate.of(1995, 1, 1));
        Film directed = fixtures.film("Zz Directed", LocalDate.of(1996, 1, 1));
        Film both = fixtures.film("Zz Acted And Directed", LocalDate.of(1997, 1, 1));
        Film about = fixtures.film("Zz About", LocalDate.of(1998, 1, 1));
        fixtures.credit(acted, actor, CreditKind.CAST, "Hero", 1);
        fixtures.credit(directed, director, CreditKind.DIRECTOR, null, 1);
        fixtures.credit(both, director, CreditKind.DIRECTOR, null, 1);
        fixtures.credit(both, actor, CreditKind.CAST, "Villain", 2);
        fixtures.credit(about, subject, CreditKind.SUBJECT, null, 1);

        list("person", actor.slug)
                .body("data.slug", contains(both.slug, acted.slug))
                .body("meta.totalItems", equalTo(2));
        list("person", director.slug)
                .body("data.slug", contains(both.slug, directed.slug));
        list("person", subject.slug)
                .body("data.slug", contains(about.slug))
                .body("data[0].credits.kind", contains("subject"));
        list("person", actor.slug, "person", director.slug)
                .body("data.slug", contains(both.slug, directed.slug, acted.slug))
                .body("meta.totalItems", equalTo(3));
    }

    @Test
    void answersAnEmptyListForAPersonWithoutCredits() {
        Person uncredited = fixtures.person("No Credits", "Credits, No");

        list("person", uncredited.slug)
                .body("data", empty())
                .body("meta.totalItems", equalTo(0))
                .body("meta.totalPages", equalTo(0));
        list("person", Fixtures.unique("nobody"))
                .body("data", empty())
                .body("meta.totalItems", equalTo(0));
    }

    @Test
    void filtersByGenreMatchingAnyOfSeveralAndShowingEachFilmOnce() {
        String drama = Fixtures.unique("drama");
        String biography = Fixtures.unique("biography");
        String western = Fixtures.unique("western");
        Film dramatic = fixtures.film("Zz Dramatic", LocalDate.of(1980, 1, 1), List.of(drama));
        Film biopic = fixtures.film("Zz Biopic", LocalDate.of(1981, 1, 1), List.of(biography, drama));
        fixtures.film("Zz Western", LocalDate.of(1982, 1, 1), List.of(western));

        list("genre", drama)
                .body("data.slug", contains(biopic.slug, dramatic.slug))
                .body("meta.totalItems", equalTo(2));
        list("genre", biography)
                .body("data.slug", contains(biopic.slug))
                .body("data[0].genres", contains(biography, drama));
        list("genre", drama, "genre", biography)
                .body("data.slug", contains(biopic.slug, dramatic.slug))
                .body("meta.totalItems", equalTo(2));
    }

    @Test
    void matchesGenresWithSpacesAndAccentsExactly() {
        String genre = "ciencia ficción " + Fixtures.unique("g").substring(2);
        Film film = fixtures.film("Zz Ficción", LocalDate.of(1983, 1, 1), List.of(genre));

        list("genre", genre)
                .body("data.slug", contains(film.slug))
                .body("data[0].genres", contains(genre));
    }

    // Date bounds, exactly at the boundary

    @Test
    void releasedAfterIncludesFilmsReleasedOnThatDate() {
        Film onTheDay = fixtures.film("Zz On The Day", LocalDate.of(1987, 4, 12));
        Film dayBefore = fixtures.film("Zz Day Before", LocalDate.of(1987, 4, 11));
        Film undated = fixtures.film("Zz Undated After", null);

        assertThat(Lists.slugs(FILMS, "releasedAfter", "1987-04-12"))
                .contains(onTheDay.slug).doesNotContain(dayBefore.slug, undated.slug);
        assertThat(Lists.values(FILMS, "releaseDate", "releasedAfter", "1987-04-12"))
                .doesNotContainNull()
                .allSatisfy(date -> assertThat(LocalDate.parse((String) date)).isAfterOrEqualTo("1987-04-12"));
    }

    @Test
    void releasedBeforeExcludesFilmsReleasedOnThatDate() {
        Film onTheDay = fixtures.film("Zz On The Day", LocalDate.of(1988, 7, 20));
        Film dayBefore = fixtures.film("Zz Day Before", LocalDate.of(1988, 7, 19));
        Film undated = fixtures.film("Zz Undated Before", null);

        assertThat(Lists.slugs(FILMS, "releasedBefore", "1988-07-20"))
                .contains(dayBefore.slug).doesNotContain(onTheDay.slug, undated.slug);
        assertThat(Lists.values(FILMS, "releaseDate", "releasedBefore", "1988-07-20"))
                .doesNotContainNull()
                .allSatisfy(date -> assertThat(LocalDate.parse((String) date)).isBefore("1988-07-20"));
    }

    // Different filters together

    @Test
    void matchesOnlyFilmsThatPassEveryFilter() {
        Person person = fixtures.person("And Person", "Person, And");
        Person otherPerson = fixtures.person("Other And Person", "Person, Other And");
        String genre = Fixtures.unique("and");
        String otherGenre = Fixtures.unique("and-other");
        Film match = credited(fixtures.film("Zz And Match", LocalDate.of(1990, 6, 1), List.of(genre)), person);
        Film otherPersons = credited(fixtures.film("Zz And Other Person", LocalDate.of(1990, 6, 2), List.of(genre)),
                otherPerson);
        credited(fixtures.film("Zz And Other Genre", LocalDate.of(1990, 6, 3), List.of(otherGenre)), person);
        Film tooEarly = credited(fixtures.film("Zz And Too Early", LocalDate.of(1990, 5, 31), List.of(genre)), person);
        Film atTheEnd = credited(fixtures.film("Zz And At The End", LocalDate.of(1990, 7, 1), List.of(genre)), person);
        Film lastDay = credited(fixtures.film("Zz And Last Day", LocalDate.of(1990, 6, 30), List.of(genre)), person);

        list("person", person.slug, "genre", genre, "releasedAfter", "1990-06-01", "releasedBefore", "1990-07-01")
                .body("data.slug", contains(lastDay.slug, match.slug))
                .body("meta.totalItems", equalTo(2));
        list("person", person.slug, "genre", genre)
                .body("data.slug", contains(atTheEnd.slug, lastDay.slug, match.slug, tooEarly.slug));
        list("genre", genre, "releasedAfter", "1990-06-01", "releasedBefore", "1990-07-01")
                .body("data.slug", contains(lastDay.slug, otherPersons.slug, match.slug));
        list("person", person.slug, "person", otherPerson.slug, "genre", genre, "releasedBefore", "1990-06-02")
                .body("data.slug", contains(match.slug, tooEarly.slug));
    }

    @Test
    void answersAnEmptyListWhenTheDatesExcludeEachOther() {
        String genre = Fixtures.unique("exclusive");
        fixtures.film("Zz Exclusive", LocalDate.of(1991, 1, 1), List.of(genre));

        list("genre", genre, "releasedAfter", "1991-01-02", "releasedBefore", "1991-01-01")
                .body("data", empty())
                .body("meta.totalItems", equalTo(0));
        list("genre", genre, "releasedAfter", "1991-01-01", "releasedBefore", "1991-01-01")
                .body("data", empty())
                .body("meta.totalItems", equalTo(0));
    }

    // Filters with sorting and paging

    @Test
    void sortsAndPagesTheFilteredListAndCountsOnlyIt() {
        String genre = Fixtures.unique("paged");
        Film c = fixtures.film("Zz Paged C", LocalDate.of(1970, 1, 5), List.of(genre));
        Film a = fixtures.film("Zz Paged A", LocalDate.of(1970, 1, 3), List.of(genre));
        Film e = fixtures.film("Zz Paged E", null, List.of(genre));
        Film b = fixtures.film("Zz Paged B", LocalDate.of(1970, 1, 4), List.of(genre));
        Film d = fixtures.film("Zz Paged D", LocalDate.of(1970, 1, 2), List.of(genre));

        ValidatableResponse second = list("genre", genre, "sort", "title", "size", "2", "page", "2")
                .body("data.slug", contains(c.slug, d.slug))
                .body("meta.totalItems", equalTo(5))
                .body("meta.totalPages", equalTo(3));
        assertThat(second.extract().header("Link"))
                .contains("genre=" + genre + "&sort=title&size=2&page=3>; rel=\"next\"")
                .contains("genre=" + genre + "&sort=title&size=2&page=3>; rel=\"last\"");

        list("genre", genre)
                .body("data.slug", contains(c.slug, b.slug, a.slug, d.slug, e.slug));
        list("genre", genre, "sort", "releaseDate", "size", "2", "page", "3")
                .body("data.slug", contains(e.slug))
                .body("meta.totalItems", equalTo(5));

        List<String> walked = new ArrayList<>();
        String cursor = null;
        do {
            RequestSpecification request = given().queryParam("genre", genre).queryParam("sort", "-releaseDate")
                    .queryParam("size", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get(FILMS).then().statusCode(200)
                    .body("meta.totalItems", equalTo(5))
                    .extract().jsonPath();
            walked.addAll(page.getList("data.slug"));
            cursor = page.getString("meta.nextCursor");
            assertThat(walked).hasSizeLessThanOrEqualTo(5);
        } while (cursor != null);
        assertThat(walked).containsExactly(c.slug, b.slug, a.slug, d.slug, e.slug);
    }

    @Test
    void refusesACursorMadeForOtherFilters() {
        String genre = Fixtures.unique("cursor");
        fixtures.film("Zz Cursor One", LocalDate.of(1971, 1, 1), List.of(genre));
        fixtures.film("Zz Cursor Two", LocalDate.of(1971, 1, 2), List.of(genre));
        String cursor = list("genre", genre, "size", "1").extract().path("meta.nextCursor");

        list("genre", genre, "size", "1", "cursor", cursor).body("meta.nextCursor", nullValue());
        for (String query : List.of("genre=" + genre + "&releasedAfter=1971-01-01", "releasedAfter=1971-01-01",
                "genre=" + genre + "&genre=" + Fixtures.unique("cursor-other"))) {
            assertOneInvalidParameter(FILMS, query + "&size=1&cursor=" + cursor, "cursor",
                    "was made for other filters; ask with the same filters, or start again without a cursor");
        }
    }

    // A person's films: the person filter as a path

    @Test
    void listsAPersonsFilmsAsThePersonFilterDoes() {
        Person person = fixtures.person("Sub Filmmaker", "Filmmaker, Sub");
        Person other = fixtures.person("Sub Other", "Other, Sub");
        Film wrote = fixtures.film("Zz Sub B", LocalDate.of(2001, 1, 1));
        Film starred = fixtures.film("Zz Sub C", LocalDate.of(2002, 1, 1));
        Film directed = fixtures.film("Zz Sub A", LocalDate.of(2003, 1, 1));
        Film notTheirs = fixtures.film("Zz Sub Not Theirs", LocalDate.of(2004, 1, 1));
        fixtures.credit(wrote, person, CreditKind.WRITER, null, 1);
        fixtures.credit(starred, person, CreditKind.CAST, "Themselves", 1);
        fixtures.credit(starred, other, CreditKind.DIRECTOR, null, 2);
        fixtures.credit(directed, person, CreditKind.DIRECTOR, null, 1);
        fixtures.credit(notTheirs, other, CreditKind.DIRECTOR, null, 1);
        String path = "/api/v1/people/" + person.slug + "/films";

        List<String> byPath = given().get(path).then().statusCode(200)
                .body("data.slug", contains(directed.slug, starred.slug, wrote.slug))
                .body("meta.totalItems", equalTo(3))
                .extract().jsonPath().getList("data.slug");
        list("person", person.slug).body("data.slug", equalTo(byPath));

        given().queryParam("sort", "title").queryParam("size", 2).queryParam("page", 2).get(path).then()
                .statusCode(200)
                .body("data.slug", contains(starred.slug))
                .body("meta.totalItems", equalTo(3))
                .body("meta.totalPages", equalTo(2));
        given().queryParam("sort", "-title").queryParam("include", "credits.person").get(path).then()
                .statusCode(200)
                .body("data.slug", contains(starred.slug, wrote.slug, directed.slug))
                .body("included.people.slug", containsInAnyOrder(person.slug, other.slug));

        String cursor = given().queryParam("size", 2).get(path).then().statusCode(200)
                .body("data.slug", contains(directed.slug, starred.slug))
                .extract().path("meta.nextCursor");
        given().queryParam("size", 2).queryParam("cursor", cursor).get(path).then()
                .statusCode(200)
                .body("data.slug", contains(wrote.slug))
                .body("meta.nextCursor", nullValue());
        assertOneInvalidParameter("/api/v1/people/" + other.slug + "/films", "size=2&cursor=" + cursor, "cursor",
                "was made for other filters; ask with the same filters, or start again without a cursor");
    }

    @Test
    void reportsAMalformedSlugAndInvalidListParametersOfAPersonsFilmsTogether() {
        assertInvalidParameters("/api/v1/people/Not_A_Slug/films", "page=0&sort=nope", "slug", "page", "sort");
    }

    // 400: every broken rule names its parameter

    static Stream<Arguments> invalidFilters() {
        String longWord = "g".repeat(51);
        return Stream.of(
                Arguments.of("person=Jose_Hernandez", "person", SLUGS),
                Arguments.of("person=jose-hernandez&person=Jose", "person", SLUGS),
                Arguments.of("person=" + "a".repeat(201), "person", SLUGS),
                Arguments.of("person=%00", "person", SLUGS),
                Arguments.of("releasedAfter=2023-13-01", "releasedAfter", DATE),
                Arguments.of("releasedAfter=2023-02-29", "releasedAfter", DATE),
                Arguments.of("releasedAfter=2023-09-15T00:00:00Z", "releasedAfter", DATE),
                Arguments.of("releasedAfter=15.09.2023", "releasedAfter", DATE),
                Arguments.of("releasedAfter=2023", "releasedAfter", DATE),
                Arguments.of("releasedBefore=2023-9-15", "releasedBefore", DATE),
                Arguments.of("releasedBefore=tomorrow", "releasedBefore", DATE),
                Arguments.of("releasedBefore=20230915", "releasedBefore", DATE),
                Arguments.of("genre=%3Cscript%3E", "genre", WORDS),
                Arguments.of("genre=drama%3B", "genre", WORDS),
                Arguments.of("genre=drama,biography", "genre", WORDS),
                Arguments.of("genre=-drama", "genre", WORDS),
                Arguments.of("genre=dra%00ma", "genre", WORDS),
                Arguments.of("genre=" + longWord, "genre", WORDS),
                Arguments.of("genre=drama&genre=%22", "genre", WORDS),
                Arguments.of("person=", "person", EMPTY),
                Arguments.of("genre=", "genre", EMPTY),
                Arguments.of("releasedAfter=", "releasedAfter", EMPTY),
                Arguments.of("releasedAfter=2023-01-01&releasedAfter=2024-01-01", "releasedAfter",
                        "takes one value, but was given 2"),
                Arguments.of("releasedBefore=2023-01-01&releasedBefore=2024-01-01", "releasedBefore",
                        "takes one value, but was given 2"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidFilters")
    void returns400ProblemNamingTheInvalidFilter(String query, String parameter, String detail) {
        assertOneInvalidParameter(FILMS, query, parameter, detail);
    }

    @ParameterizedTest
    @ValueSource(strings = { "person", "genre" })
    void returns400ProblemForMoreThan20ValuesOfAFilter(String parameter) {
        assertOneInvalidParameter(FILMS, String.join("&", Collections.nCopies(21, parameter + "=value")), parameter,
                "takes at most 20 values, but was given 21");
    }

    @ParameterizedTest
    @ValueSource(strings = { "person", "genre" })
    void accepts20ValuesOfAFilter(String parameter) {
        getRaw(FILMS, String.join("&", Collections.nCopies(20, parameter + "=value")))
                .statusCode(200)
                .body("data", empty());
    }

    @Test
    void reportsEveryInvalidFilterAndListParameterAtOnce() {
        assertInvalidParameters(FILMS,
                "person=Bad_Slug&releasedAfter=soon&releasedBefore=2023-02-30&genre=%3Cb%3E&size=101&sort=nope"
                        + "&include=credits.film",
                "person", "releasedAfter", "releasedBefore", "genre", "size", "sort", "include")
                .body("errors.find { it.parameter == 'releasedBefore' }.detail", equalTo(DATE))
                .body("errors.find { it.parameter == 'person' }.detail", equalTo(SLUGS))
                .body("errors.find { it.parameter == 'genre' }.detail", equalTo(WORDS));
    }

    @Test
    void returns400NotA500ForADateOutsideTheDatabasesRange() {
        assertInvalidParameter(getRaw(FILMS, "releasedAfter=%2B9999999-01-01"), FILMS)
                .body("errors.parameter", contains("releasedAfter"));
        assertInvalidParameter(getRaw(FILMS, "releasedBefore=-9999-01-01"), FILMS)
                .body("errors.parameter", contains("releasedBefore"));
    }

    // helpers

    private Film credited(Film film, Person person) {
        fixtures.credit(film, person, CreditKind.CAST, null, 1);
        return film;
    }

    /** GET /films with these parameters, names and values in turn; a 200. */
    private static ValidatableResponse list(String... parameters) {
        RequestSpecification request = given();
        for (int i = 0; i < parameters.length; i += 2) {
            request.queryParam(parameters[i], parameters[i + 1]);
        }
        return request.get(FILMS).then().statusCode(200).header("Content-Type", startsWith("application/json"));
    }
}
