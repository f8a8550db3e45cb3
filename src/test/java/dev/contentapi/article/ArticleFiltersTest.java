package dev.contentapi.article;

import static dev.contentapi.support.Problems.assertInvalidParameter;
import static dev.contentapi.support.Problems.assertInvalidParameters;
import static dev.contentapi.support.Problems.assertOneInvalidParameter;
import static dev.contentapi.support.Problems.getRaw;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.contentapi.film.Film;
import dev.contentapi.person.Person;
import dev.contentapi.support.Fixtures;
import dev.contentapi.support.Lists;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/**
 * The article list filters: {@code author}, {@code person}, {@code film}, {@code tag}, {@code language},
 * {@code publishedAfter} (inclusive) and {@code publishedBefore} (exclusive). Several values of one filter match any of
 * them; different filters must all match; the filtered list sorts, pages and counts like any other. Every test makes its
 * own people, films and tags, so the filters isolate its rows from the seed and from other tests.
 */
@QuarkusTest
class ArticleFiltersTest {

    private static final String ARTICLES = "/api/v1/articles";
    private static final Pattern LINK = Pattern.compile("<([^>]*)>\\s*;\\s*rel=\"([^\"]*)\"");

    private static final String SLUGS = "must be slugs: lower-case letters and digits in words joined by '-'";
    private static final String WORDS = "must be words of letters and digits, up to 50 characters";
    private static final String LANGUAGES = "must be one of en, es";
    private static final String INSTANT = "must be an ISO-8601 date (2023-09-16) or instant in UTC (2023-09-16T00:00:00Z)";
    private static final String EMPTY = "must not be empty";

    @Inject
    Fixtures fixtures;

    // One filter at a time, and several values of it

    @Test
    void filtersByAuthor() {
        Person ana = fixtures.person("Ana Filter", "Filter, Ana");
        Person ben = fixtures.person("Ben Filter", "Filter, Ben");
        Person cam = fixtures.person("Cam Filter", "Filter, Cam");
        Article byAna = published().author(ana).publishedAt(at("2012-01-01T10:00:00Z")).create();
        Article byBen = published().author(ben).publishedAt(at("2012-01-02T10:00:00Z")).create();
        published().author(cam).publishedAt(at("2012-01-03T10:00:00Z")).create();

        list("author", ana.slug)
                .body("data.slug", contains(byAna.slug))
                .body("data[0].author.slug", equalTo(ana.slug))
                .body("meta.totalItems", equalTo(1));
        list("author", ana.slug, "author", ben.slug)
                .body("data.slug", contains(byBen.slug, byAna.slug))
                .body("meta.totalItems", equalTo(2))
                .body("meta.totalPages", equalTo(1));
    }

    @Test
    void countsAnAuthorNamedTwiceOnce() {
        Person ana = fixtures.person("Ana Twice", "Twice, Ana");
        Article byAna = published().author(ana).publishedAt(at("2012-02-01T10:00:00Z")).create();

        list("author", ana.slug, "author", ana.slug)
                .body("data.slug", contains(byAna.slug))
                .body("meta.totalItems", equalTo(1));
    }

    @Test
    void answersAnEmptyListForAnAuthorNobodyHas() {
        list("author", Fixtures.unique("nobody"))
                .body("data", empty())
                .body("meta.totalItems", equalTo(0))
                .body("meta.totalPages", equalTo(0))
                .body("meta.nextCursor", nullValue());
    }

    @Test
    void filtersByAPersonTheArticleIsAbout() {
        Person first = fixtures.person("First Subject", "Subject, First");
        Person second = fixtures.person("Second Subject", "Subject, Second");
        Person third = fixtures.person("Third Subject", "Subject, Third");
        Article aboutBoth = published().about(first, second).publishedAt(at("2012-03-01T10:00:00Z")).create();
        Article aboutSecond = published().about(second).publishedAt(at("2012-03-02T10:00:00Z")).create();
        Article aboutThird = published().about(third).publishedAt(at("2012-03-03T10:00:00Z")).create();

        list("person", first.slug)
                .body("data.slug", contains(aboutBoth.slug))
                .body("meta.totalItems", equalTo(1));
        list("person", first.slug, "person", second.slug)
                .body("data.slug", contains(aboutSecond.slug, aboutBoth.slug))
                .body("meta.totalItems", equalTo(2));
        list("person", third.slug)
                .body("data.slug", contains(aboutThird.slug));
    }

    @Test
    void filtersByAFilmTheArticleIsAbout() {
        Film first = fixtures.film("Zz First Filtered Film", null);
        Film second = fixtures.film("Zz Second Filtered Film", null);
        Film third = fixtures.film("Zz Third Filtered Film", null);
        Article aboutFirst = published().aboutFilms(first).publishedAt(at("2012-04-01T10:00:00Z")).create();
        Article aboutBoth = published().aboutFilms(first, second).publishedAt(at("2012-04-02T10:00:00Z")).create();
        published().aboutFilms(third).publishedAt(at("2012-04-03T10:00:00Z")).create();

        list("film", second.slug)
                .body("data.slug", contains(aboutBoth.slug))
                .body("meta.totalItems", equalTo(1));
        list("film", first.slug, "film", second.slug)
                .body("data.slug", contains(aboutBoth.slug, aboutFirst.slug))
                .body("data[0].films.slug", contains(first.slug, second.slug))
                .body("meta.totalItems", equalTo(2));
    }

    @Test
    void filtersByTagMatchingAnyOfSeveralAndShowingEachArticleOnce() {
        String interviews = Fixtures.unique("interviews");
        String reviews = Fixtures.unique("reviews");
        String other = Fixtures.unique("other");
        Article interview = published().tags(interviews).publishedAt(at("2012-05-01T10:00:00Z")).create();
        Article both = published().tags(interviews, reviews).publishedAt(at("2012-05-02T10:00:00Z")).create();
        published().tags(other).publishedAt(at("2012-05-03T10:00:00Z")).create();

        list("tag", interviews)
                .body("data.slug", contains(both.slug, interview.slug))
                .body("meta.totalItems", equalTo(2));
        list("tag", reviews)
                .body("data.slug", contains(both.slug))
                .body("data[0].tags", contains(interviews, reviews));
        list("tag", interviews, "tag", reviews)
                .body("data.slug", contains(both.slug, interview.slug))
                .body("meta.totalItems", equalTo(2));
    }

    @Test
    void matchesTagsWithSpacesAccentsAndApostrophesExactly() {
        String tag = "ciencia ficción d’autor " + Fixtures.unique("t").substring(2);
        Article tagged = published().tags(tag).publishedAt(at("2012-06-01T10:00:00Z")).create();

        list("tag", tag)
                .body("data.slug", contains(tagged.slug))
                .body("data[0].tags", contains(tag));
    }

    @Test
    void filtersByLanguage() {
        Article spanish = published().language("es").publishedAt(at("2012-07-01T10:00:00Z")).create();
        Article english = published().language("en").publishedAt(at("2012-07-02T10:00:00Z")).create();

        List<String> inSpanish = Lists.slugs(ARTICLES, "language", "es");
        assertThat(inSpanish).contains(spanish.slug).doesNotContain(english.slug);
        assertThat(Lists.values(ARTICLES, "language", "language", "es")).containsOnly("es");

        List<String> inEither = Lists.slugs(ARTICLES, "language", "en", "language", "es");
        assertThat(inEither).contains(spanish.slug, english.slug);
        assertThat(inEither).hasSize(Lists.slugs(ARTICLES).size());
    }

    // Date bounds, exactly at the boundary

    @Test
    void publishedAfterIncludesTheBoundAndPublishedBeforeExcludesIt() {
        Instant bound = at("2011-05-20T12:30:00Z");
        Article atBound = published().publishedAt(bound).create();
        Article justBefore = published().publishedAt(bound.minus(1, ChronoUnit.MICROS)).create();

        assertThat(Lists.slugs(ARTICLES, "publishedAfter", "2011-05-20T12:30:00Z"))
                .contains(atBound.slug).doesNotContain(justBefore.slug);
        assertThat(Lists.values(ARTICLES, "publishedAt", "publishedAfter", "2011-05-20T12:30:00Z"))
                .doesNotContainNull()
                .allSatisfy(date -> assertThat(Instant.parse((String) date)).isAfterOrEqualTo(bound));

        assertThat(Lists.slugs(ARTICLES, "publishedBefore", "2011-05-20T12:30:00Z"))
                .contains(justBefore.slug).doesNotContain(atBound.slug);
        assertThat(Lists.values(ARTICLES, "publishedAt", "publishedBefore", "2011-05-20T12:30:00Z"))
                .doesNotContainNull()
                .allSatisfy(date -> assertThat(Instant.parse((String) date)).isBefore(bound));
    }

    @Test
    void aBareDateBoundMeansTheStartOfThatDayInUtc() {
        Article atMidnight = published().publishedAt(at("2011-04-12T00:00:00Z")).create();
        Article dayBefore = published().publishedAt(at("2011-04-11T23:59:59.999999Z")).create();

        assertThat(Lists.slugs(ARTICLES, "publishedAfter", "2011-04-12"))
                .contains(atMidnight.slug).doesNotContain(dayBefore.slug);
        assertThat(Lists.slugs(ARTICLES, "publishedBefore", "2011-04-12"))
                .contains(dayBefore.slug).doesNotContain(atMidnight.slug);
        assertThat(Lists.slugs(ARTICLES, "publishedAfter", "2011-04-11", "publishedBefore", "2011-04-12"))
                .contains(dayBefore.slug).doesNotContain(atMidnight.slug);
    }

    // Different filters together

    @Test
    void matchesOnlyArticlesThatPassEveryFilter() {
        Person author = fixtures.person("And Author", "Author, And");
        Person otherAuthor = fixtures.person("Other And Author", "Author, Other And");
        Person subject = fixtures.person("And Subject", "Subject, And");
        Person otherSubject = fixtures.person("Other And Subject", "Subject, Other And");
        Film film = fixtures.film("Zz And Film", null);
        Film otherFilm = fixtures.film("Zz Other And Film", null);
        String tag = Fixtures.unique("and");
        String otherTag = Fixtures.unique("and-other");

        Article match = matching(author, subject, film, tag).create();
        List<Article> misses = List.of(
                matching(otherAuthor, subject, film, tag).create(),
                matching(author, otherSubject, film, tag).create(),
                matching(author, subject, otherFilm, tag).create(),
                matching(author, subject, film, otherTag).create(),
                matching(author, subject, film, tag).language("en").create(),
                matching(author, subject, film, tag).publishedAt(at("2015-05-31T23:59:59Z")).create(),
                matching(author, subject, film, tag).publishedAt(at("2015-07-01T00:00:00Z")).create());

        list("author", author.slug, "person", subject.slug, "film", film.slug, "tag", tag, "language", "es",
                "publishedAfter", "2015-06-01", "publishedBefore", "2015-07-01")
                .body("data.slug", contains(match.slug))
                .body("meta.totalItems", equalTo(1));

        // two filters: the author's articles with the tag, whatever else they are
        list("author", author.slug, "tag", tag)
                .body("meta.totalItems", equalTo(6));
        // several values of one filter and another filter: either author, in Spanish
        list("author", author.slug, "author", otherAuthor.slug, "language", "es")
                .body("meta.totalItems", equalTo(misses.size()))
                .body("data.language", everyItem(equalTo("es")));
        // a window of dates
        list("author", author.slug, "publishedAfter", "2015-06-01T00:00:00Z", "publishedBefore",
                "2015-07-01T00:00:00Z")
                .body("meta.totalItems", equalTo(5))
                .body("data.slug", everyItem(not(misses.get(6).slug)));
    }

    @Test
    void answersAnEmptyListWhenTheFiltersExcludeEachOther() {
        String tag = Fixtures.unique("exclusive");
        published().tags(tag).language("en").publishedAt(at("2015-08-01T00:00:00Z")).create();

        list("tag", tag, "language", "es")
                .body("data", empty())
                .body("meta.totalItems", equalTo(0));
        list("tag", tag, "publishedAfter", "2015-08-02", "publishedBefore", "2015-08-01")
                .body("data", empty())
                .body("meta.totalItems", equalTo(0));
    }

    // Filters with sorting and paging

    @Test
    void sortsAndPagesTheFilteredListAndCountsOnlyIt() {
        String tag = Fixtures.unique("paged");
        Article c = published().tags(tag).title("Zz Paged C").publishedAt(at("2013-01-05T00:00:00Z")).create();
        Article a = published().tags(tag).title("Zz Paged A").publishedAt(at("2013-01-03T00:00:00Z")).create();
        Article e = published().tags(tag).title("Zz Paged E").publishedAt(at("2013-01-01T00:00:00Z")).create();
        Article b = published().tags(tag).title("Zz Paged B").publishedAt(at("2013-01-04T00:00:00Z")).create();
        Article d = published().tags(tag).title("Zz Paged D").publishedAt(at("2013-01-02T00:00:00Z")).create();
        fixtures.article().status(ArticleStatus.DRAFT).tags(tag).title("Zz Paged AA draft").create();

        ValidatableResponse second = list("tag", tag, "sort", "title", "size", "2", "page", "2")
                .body("data.slug", contains(c.slug, d.slug))
                .body("meta.page", equalTo(2))
                .body("meta.size", equalTo(2))
                .body("meta.totalItems", equalTo(5))
                .body("meta.totalPages", equalTo(3));
        Map<String, URI> links = links(second.extract().header("Link"));
        assertThat(links).containsOnlyKeys("first", "prev", "next", "last");
        for (URI link : links.values()) {
            assertThat(query(link)).containsEntry("tag", List.of(tag)).containsEntry("sort", List.of("title"));
        }
        assertThat(query(links.get("next"))).containsEntry("page", List.of("3"));
        assertThat(query(links.get("last"))).containsEntry("page", List.of("3"));
        given().urlEncodingEnabled(false).get(links.get("next").toString()).then()
                .statusCode(200)
                .body("data.slug", contains(e.slug))
                .body("meta.totalItems", equalTo(5));

        list("tag", tag, "sort", "-title")
                .body("data.slug", contains(e.slug, d.slug, c.slug, b.slug, a.slug));
        list("tag", tag)
                .body("data.slug", contains(c.slug, b.slug, a.slug, d.slug, e.slug));
        list("tag", tag, "sort", "publishedAt", "size", "3", "page", "2")
                .body("data.slug", contains(b.slug, c.slug))
                .body("meta.totalPages", equalTo(2));
    }

    @Test
    void pagesTheFilteredListByCursorWithoutSkippingOrRepeating() {
        String tag = Fixtures.unique("cursor");
        Article oldest = published().tags(tag).publishedAt(at("2013-02-01T00:00:00Z")).create();
        Article newest = published().tags(tag).publishedAt(at("2013-02-03T00:00:00Z")).create();
        Article middle = published().tags(tag).publishedAt(at("2013-02-02T00:00:00Z")).create();
        published().tags(tag).language("es").publishedAt(at("2013-02-02T06:00:00Z")).create();
        fixtures.article().status(ArticleStatus.ARCHIVED).tags(tag).publishedAt(at("2013-02-02T12:00:00Z")).create();

        List<String> walked = new ArrayList<>();
        List<String> cursors = new ArrayList<>();
        String cursor = null;
        do {
            List<String> parameters = new ArrayList<>(List.of("tag", tag, "language", "en", "size", "1"));
            if (cursor != null) {
                parameters.addAll(List.of("cursor", cursor));
            }
            JsonPath page = list(parameters.toArray(String[]::new))
                    .body("meta.totalItems", equalTo(3))
                    .body("meta.page", cursor == null ? equalTo(1) : nullValue())
                    .extract().jsonPath();
            walked.addAll(page.getList("data.slug"));
            cursor = page.getString("meta.nextCursor");
            if (cursor != null) {
                cursors.add(cursor);
            }
            assertThat(walked).hasSizeLessThanOrEqualTo(3);
        } while (cursor != null);
        assertThat(walked).containsExactly(newest.slug, middle.slug, oldest.slug);
        assertThat(cursors).hasSize(2);

        // the order of the parameters does not matter to a cursor, the filters do
        list("language", "en", "size", "1", "cursor", cursors.get(0), "tag", tag)
                .body("data.slug", contains(middle.slug));
        for (String filters : List.of("tag=" + tag, "tag=" + tag + "&language=es",
                "tag=" + tag + "&language=en&publishedBefore=2013-02-03", "language=en")) {
            assertOneInvalidParameter(ARTICLES, filters + "&size=1&cursor=" + cursors.get(0), "cursor",
                    "was made for other filters; ask with the same filters, or start again without a cursor");
        }
    }

    // A person's articles: the author filter as a path

    @Test
    void listsAPersonsArticlesAsTheAuthorFilterDoes() {
        Person writer = fixtures.person("Sub Writer", "Writer, Sub");
        Person colleague = fixtures.person("Sub Colleague", "Colleague, Sub");
        Article first = published().author(writer).title("Zz Sub B").publishedAt(at("2014-01-01T00:00:00Z")).create();
        Article second = published().author(writer).title("Zz Sub C").publishedAt(at("2014-01-02T00:00:00Z")).create();
        Article third = published().author(writer).title("Zz Sub A").publishedAt(at("2014-01-03T00:00:00Z")).create();
        Article aboutWriter = published().author(colleague).about(writer).publishedAt(at("2014-01-04T00:00:00Z"))
                .create();
        String path = "/api/v1/people/" + writer.slug + "/articles";

        List<String> byPath = given().get(path).then().statusCode(200)
                .body("data.slug", contains(third.slug, second.slug, first.slug))
                .body("meta.totalItems", equalTo(3))
                .extract().jsonPath().getList("data.slug");
        list("author", writer.slug).body("data.slug", equalTo(byPath));
        list("person", writer.slug).body("data.slug", contains(aboutWriter.slug));

        given().queryParam("sort", "title").queryParam("size", 2).queryParam("page", 2).get(path).then()
                .statusCode(200)
                .body("data.slug", contains(second.slug))
                .body("meta.totalItems", equalTo(3))
                .body("meta.totalPages", equalTo(2));
        given().queryParam("sort", "-title").queryParam("include", "author").get(path).then()
                .statusCode(200)
                .body("data.slug", contains(second.slug, first.slug, third.slug))
                .body("included.people.slug", contains(writer.slug));

        String cursor = given().queryParam("size", 2).get(path).then().statusCode(200)
                .body("data.slug", contains(third.slug, second.slug))
                .extract().path("meta.nextCursor");
        given().queryParam("size", 2).queryParam("cursor", cursor).get(path).then()
                .statusCode(200)
                .body("data.slug", contains(first.slug))
                .body("meta.totalItems", equalTo(3))
                .body("meta.nextCursor", nullValue());
        // a cursor of one person's articles is not one of another's
        assertOneInvalidParameter("/api/v1/people/" + colleague.slug + "/articles", "size=2&cursor=" + cursor,
                "cursor", "was made for other filters; ask with the same filters, or start again without a cursor");
    }

    @Test
    void reportsAMalformedSlugAndInvalidListParametersOfAPersonsArticlesTogether() {
        assertInvalidParameters("/api/v1/people/Not_A_Slug/articles", "size=0&sort=nope", "slug", "size", "sort");
    }

    // 400: every broken rule names its parameter

    static Stream<Arguments> invalidFilters() {
        String longSlug = "a".repeat(201);
        String longWord = "w".repeat(51);
        return Stream.of(
                Arguments.of("author=Kate_OHare", "author", SLUGS),
                Arguments.of("author=kate-ohare&author=-kate", "author", SLUGS),
                Arguments.of("author=kate--ohare", "author", SLUGS),
                Arguments.of("author=" + longSlug, "author", SLUGS),
                Arguments.of("person=Jose%20Hernandez", "person", SLUGS),
                Arguments.of("person=jos%C3%A9", "person", SLUGS),
                Arguments.of("person=%00", "person", SLUGS),
                Arguments.of("film=a-million-miles-away%27", "film", SLUGS),
                Arguments.of("film=a.million", "film", SLUGS),
                Arguments.of("tag=%3Cscript%3E", "tag", WORDS),
                Arguments.of("tag=a%3Bb", "tag", WORDS),
                Arguments.of("tag=a,b", "tag", WORDS),
                Arguments.of("tag=-leading", "tag", WORDS),
                Arguments.of("tag=%20leading", "tag", WORDS),
                Arguments.of("tag=a%00b", "tag", WORDS),
                Arguments.of("tag=" + longWord, "tag", WORDS),
                Arguments.of("tag=fine&tag=%25", "tag", WORDS),
                Arguments.of("language=fr", "language", LANGUAGES),
                Arguments.of("language=EN", "language", LANGUAGES),
                Arguments.of("language=en&language=de", "language", LANGUAGES),
                Arguments.of("language=english", "language", LANGUAGES),
                Arguments.of("publishedAfter=2023-13-01", "publishedAfter", INSTANT),
                Arguments.of("publishedAfter=2023-02-30", "publishedAfter", INSTANT),
                Arguments.of("publishedAfter=yesterday", "publishedAfter", INSTANT),
                Arguments.of("publishedAfter=2023-09-16T00:00:00", "publishedAfter", INSTANT),
                Arguments.of("publishedAfter=16%2F09%2F2023", "publishedAfter", INSTANT),
                Arguments.of("publishedAfter=2023-9-16", "publishedAfter", INSTANT),
                Arguments.of("publishedBefore=2023-09-16T25:00:00Z", "publishedBefore", INSTANT),
                Arguments.of("publishedBefore=1694822400", "publishedBefore", INSTANT),
                Arguments.of("publishedBefore=2023-09-16%2000:00:00", "publishedBefore", INSTANT),
                Arguments.of("author=", "author", EMPTY),
                Arguments.of("tag=fine&tag=", "tag", EMPTY),
                Arguments.of("publishedAfter=", "publishedAfter", EMPTY),
                Arguments.of("publishedAfter=2023-01-01&publishedAfter=2023-02-01", "publishedAfter",
                        "takes one value, but was given 2"),
                Arguments.of("publishedBefore=2023-01-01&publishedBefore=2023-01-01", "publishedBefore",
                        "takes one value, but was given 2"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidFilters")
    void returns400ProblemNamingTheInvalidFilter(String query, String parameter, String detail) {
        assertOneInvalidParameter(ARTICLES, query, parameter, detail);
    }

    @ParameterizedTest
    @ValueSource(strings = { "author", "person", "film", "tag", "language" })
    void returns400ProblemForMoreThan20ValuesOfAFilter(String parameter) {
        String value = parameter.equals("language") ? "en" : "value";
        assertOneInvalidParameter(ARTICLES, repeated(parameter, value, 21), parameter,
                "takes at most 20 values, but was given 21");
    }

    @ParameterizedTest
    @ValueSource(strings = { "author", "person", "film", "tag", "language" })
    void accepts20ValuesOfAFilter(String parameter) {
        String value = parameter.equals("language") ? "en" : "value";
        getRaw(ARTICLES, repeated(parameter, value, 20)).statusCode(200);
    }

    @Test
    void acceptsTagsOf50Characters() {
        getRaw(ARTICLES, "tag=" + "w".repeat(50)).statusCode(200).body("data", empty());
    }

    @Test
    void reportsEveryInvalidFilterAndListParameterAtOnce() {
        assertInvalidParameters(ARTICLES,
                "author=Bad_Slug&person=-x&film=x-&tag=%3Cb%3E&language=fr&publishedAfter=soon&publishedBefore=later"
                        + "&page=0&sort=nope&include=comments",
                "author", "person", "film", "tag", "language", "publishedAfter", "publishedBefore", "page", "sort",
                "include")
                .body("errors.find { it.parameter == 'language' }.detail", equalTo(LANGUAGES))
                .body("errors.find { it.parameter == 'publishedBefore' }.detail", equalTo(INSTANT))
                .body("errors.find { it.parameter == 'tag' }.detail", equalTo(WORDS));
    }

    @Test
    void returns400NotA500ForAnInstantOutsideTheDatabasesRange() {
        assertInvalidParameter(getRaw(ARTICLES, "publishedAfter=%2B300000-01-01T00:00:00Z"), ARTICLES)
                .body("errors.parameter", contains("publishedAfter"));
        assertInvalidParameter(getRaw(ARTICLES, "publishedBefore=-290000-01-01T00:00:00Z"), ARTICLES)
                .body("errors.parameter", contains("publishedBefore"));
    }

    // helpers

    private Fixtures.ArticleRow published() {
        return fixtures.article().status(ArticleStatus.PUBLISHED);
    }

    /** An article that passes all the filters of {@link #matchesOnlyArticlesThatPassEveryFilter} but for overrides. */
    private Fixtures.ArticleRow matching(Person author, Person subject, Film film, String tag) {
        return published().author(author).about(subject).aboutFilms(film).tags(tag).language("es")
                .publishedAt(at("2015-06-15T12:00:00Z"));
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }

    /** GET /articles with these parameters, names and values in turn; a 200. */
    private static ValidatableResponse list(String... parameters) {
        RequestSpecification request = given();
        for (int i = 0; i < parameters.length; i += 2) {
            request.queryParam(parameters[i], parameters[i + 1]);
        }
        return request.get(ARTICLES).then().statusCode(200).header("Content-Type", startsWith("application/json"));
    }

    private static String repeated(String parameter, String value, int times) {
        return String.join("&", Collections.nCopies(times, parameter + "=" + value));
    }

    private static Map<String, URI> links(String header) {
        Map<String, URI> links = new LinkedHashMap<>();
        Matcher matcher = LINK.matcher(header);
        while (matcher.find()) {
            links.put(matcher.group(2), URI.create(matcher.group(1)));
        }
        return links;
    }

    private static Map<String, List<String>> query(URI link) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        for (String pair : link.getRawQuery().split("&")) {
            String[] parts = pair.split("=", 2);
            parameters.computeIfAbsent(URLDecoder.decode(parts[0], StandardCharsets.UTF_8), name -> new ArrayList<>())
                    .add(URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
        }
        return parameters;
    }
}
