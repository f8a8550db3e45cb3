package dev.contentapi.search;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.contentapi.article.Article;
import dev.contentapi.article.ArticleStatus;
import dev.contentapi.film.Film;
import dev.contentapi.person.Person;
import dev.contentapi.support.SearchFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/**
 * {@code GET /api/v1/search}: PostgreSQL full-text search across published articles, people and films. Each test puts
 * a made-up word of its own in the rows it makes and searches for it, so that it knows every hit; the tests about
 * José Hernández and Alejandra Márquez Abella are about the seed content.
 */
@QuarkusTest
class SearchResourceTest {

    private static final String SEARCH = "/api/v1/search";
    private static final String SEED_ARTICLE = "amazons-a-million-miles-away-how-the-son-of-migrant-farm-workers-became-an-astronaut";
    private static final String LENGTH = "must have 1 to 200 characters, not counting spaces at either end, not ";

    @Inject
    SearchFixtures fixtures;

    private static ValidatableResponse search(String q, String... types) {
        RequestSpecification request = given().queryParam("q", q);
        if (types.length > 0) {
            request.queryParam("type", (Object[]) types);
        }
        return request.get(SEARCH).then().statusCode(200).contentType("application/json");
    }

    private static List<String> slugs(String q, String... types) {
        return search(q, types).extract().jsonPath().getList("data.slug");
    }

    private static String hit(String slug) {
        return "data.find { it.slug == '" + slug + "' }";
    }

    // Accents, languages, ranking

    @Test
    void findsPeopleAndArticlesWhateverTheAccents() {
        for (String q : List.of("jose hernandez", "José Hernández", "JOSE HERNÁNDEZ")) {
            search(q)
                    .body(hit("jose-hernandez") + ".type", equalTo("person"))
                    .body(hit("jose-hernandez") + ".title", equalTo("José Hernández"))
                    .body(hit("jose-hernandez") + ".self", equalTo("/api/v1/people/jose-hernandez"))
                    .body(hit("jose-hernandez") + ".snippet", containsString("<mark>José</mark> <mark>Hernández</mark>"))
                    .body(hit(SEED_ARTICLE) + ".type", equalTo("article"))
                    .body(hit(SEED_ARTICLE) + ".self", equalTo("/api/v1/articles/" + SEED_ARTICLE))
                    .body(hit("a-million-miles-away") + ".type", equalTo("film"))
                    .body(hit("a-million-miles-away") + ".self", equalTo("/api/v1/films/a-million-miles-away"));
        }
    }

    @Test
    void stemsEnglishArticlesInEnglish() {
        String word = SearchFixtures.word();
        Article article = fixtures.published("Training " + word, null, "Four astronauts trained for the flight.");

        search("astronaut " + word)
                .body("data.slug", contains(article.slug))
                .body("meta.totalItems", equalTo(1));
        search("trains flights " + word).body("data.slug", contains(article.slug));
    }

    @Test
    void stemsSpanishArticlesInSpanish() {
        String word = SearchFixtures.word();
        Article spanish = fixtures.article("es", ArticleStatus.PUBLISHED, "Cine " + word, null,
                "Las películas que siguen viviendo en la memoria.");
        Article english = fixtures.article("en", ArticleStatus.PUBLISHED, "Cinema " + word, null,
                "A film still viviendo in memory.");

        assertThat(slugs("pelicula " + word)).containsExactly(spanish.slug);
        // Spanish stems "viviendo" and "vivir" alike; English does not, so only the Spanish article is found.
        assertThat(slugs("vivir " + word)).containsExactly(spanish.slug);
        assertThat(slugs("viviendo " + word)).containsExactlyInAnyOrder(spanish.slug, english.slug);
    }

    @Test
    void ranksATitleAboveASummaryAboveABody() {
        String word = SearchFixtures.word();
        // made in the reverse of the expected order, so that no tie-break by id can pass for ranking
        Article inBody = fixtures.published("Third", "Nothing here.", "Deep in the text: " + word + ".");
        Article inSummary = fixtures.published("Second", "Said in the summary: " + word + ".", "Nothing here.");
        Article inTitle = fixtures.published("First " + word, "Nothing here.", "Nothing here.");

        JsonPath found = search(word).extract().jsonPath();

        assertThat(found.getList("data.slug", String.class)).containsExactly(inTitle.slug, inSummary.slug, inBody.slug);
        List<Double> ranks = found.getList("data.rank", Double.class);
        assertThat(ranks.get(0)).isGreaterThan(ranks.get(1));
        assertThat(ranks.get(1)).isGreaterThan(ranks.get(2));
        assertThat(ranks.get(2)).isPositive();
    }

    // Syntax

    @Test
    void understandsPhrasesOrAndExclusions() {
        String word = SearchFixtures.word();
        String other = SearchFixtures.word();
        Article phrase = fixtures.published("One", null, word + ": the quick brown fox.");
        Article scattered = fixtures.published("Two", null, word + ": brown, then quick.");
        Article elsewhere = fixtures.published("Three", null, other + ": a lazy dog.");

        assertThat(slugs(word + " quick")).containsExactlyInAnyOrder(phrase.slug, scattered.slug);
        assertThat(slugs(word + " \"quick brown\"")).containsExactly(phrase.slug);
        assertThat(slugs(word + " -fox")).containsExactly(scattered.slug);
        assertThat(slugs(word + " or " + other)).containsExactlyInAnyOrder(phrase.slug, scattered.slug,
                elsewhere.slug);
        assertThat(slugs(word + " " + other)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = { "the", "or", "a or", "!!!", "\"", "\"\"", "-", "-the", "'", "\\", "%", "<%", "&", "!",
            ":*", "(", "a <-> b", "Ünïcödé ☃" })
    void answersAnyQueryEvenWithoutSearchableWords(String q) {
        search(q).body("meta.page", equalTo(1));
    }

    // Approximate names and titles

    @Test
    void findsSeedPeopleByPrefixAndMisspelling() {
        search("hernan").body(hit("jose-hernandez") + ".title", equalTo("José Hernández"));
        search("marquez abela").body(hit("alejandra-marquez-abella") + ".title", equalTo("Alejandra Márquez Abella"));
    }

    @Test
    void findsNamesAndTitlesByPrefixAndSmallTypos() {
        String word = SearchFixtures.word();
        Person person = fixtures.person("Wilhelmina " + word, null);
        Film film = fixtures.film("The " + word + " Affair", null);
        Article article = fixtures.published("On " + word, null, null);
        String prefix = word.substring(0, 7);
        String typo = word.substring(0, 5) + (word.charAt(5) == 'x' ? 'y' : 'x') + word.substring(6);

        assertThat(slugs(prefix)).containsExactlyInAnyOrder(person.slug, film.slug, article.slug);
        assertThat(slugs(typo)).containsExactlyInAnyOrder(person.slug, film.slug, article.slug);
        // With operators the words mean exactly what they say: no approximation
        assertThat(slugs("\"" + prefix + "\"")).isEmpty();
        assertThat(slugs(typo + " -" + SearchFixtures.word())).isEmpty();
    }

    // Types and snippets

    @Test
    void typesEachHitAndFiltersByType() {
        String word = SearchFixtures.word();
        Article article = fixtures.published("Article " + word, null, null);
        Person person = fixtures.person("Somebody", "A bio that says " + word + ".");
        Film film = fixtures.film("A Film", "A synopsis that says " + word + ".");

        search(word)
                .body("data", hasSize(3))
                .body("meta.totalItems", equalTo(3))
                .body(hit(article.slug) + ".type", equalTo("article"))
                .body(hit(article.slug) + ".title", equalTo("Article " + word))
                .body(hit(article.slug) + ".self", equalTo("/api/v1/articles/" + article.slug))
                .body(hit(person.slug) + ".type", equalTo("person"))
                .body(hit(person.slug) + ".title", equalTo("Somebody"))
                .body(hit(person.slug) + ".self", equalTo("/api/v1/people/" + person.slug))
                .body(hit(film.slug) + ".type", equalTo("film"))
                .body(hit(film.slug) + ".title", equalTo("A Film"))
                .body(hit(film.slug) + ".self", equalTo("/api/v1/films/" + film.slug));

        search(word, "person")
                .body("data.slug", contains(person.slug))
                .body("meta.totalItems", equalTo(1));
        search(word, "article", "film")
                .body("data.slug", containsInAnyOrder(article.slug, film.slug))
                .body("data.type", containsInAnyOrder("article", "film"))
                .body("meta.totalItems", equalTo(2));
        search(word, "film", "film").body("data.slug", contains(film.slug));
    }

    @Test
    void highlightsMatchesInSnippetsThatAreSafeHtml() {
        String word = SearchFixtures.word();
        Article article = fixtures.published("Markup", null, "## Heading\n\nBefore <script>alert('x')</script> & after, "
                + "1 < 2, **" + word + "** is [linked](https://example.org). \uE000Not a mark\uE001");

        JsonPath found = search(word).extract().jsonPath();

        assertThat(found.getString("data[0].slug")).isEqualTo(article.slug);
        String snippet = found.getString("data[0].snippet");
        assertThat(snippet)
                .startsWith("Heading Before ")
                .contains("<mark>" + word + "</mark> is linked.", "alert(&#39;x&#39;)", "&amp; after, 1 &lt; 2,",
                        "Not a mark")
                .doesNotContain("<script", "script>", "**", "https:", "##", "\uE000", "\uE001");
        assertThat(snippet.split("<mark>", -1)).hasSize(2);
        assertThat(snippet.replace("<mark>", "").replace("</mark>", "")).doesNotContain("<", ">");
    }

    @Test
    void answersNoSnippetForAnItemWithNoTextBesidesItsTitle() {
        String word = SearchFixtures.word();
        fixtures.published("Only a title " + word, null, null);

        search(word).body("data", hasSize(1)).body("data[0].containsKey('snippet')", equalTo(true))
                .body("data[0].snippet", equalTo(null));
    }

    // Privacy

    @Test
    void neverFindsNorCountsArticlesThatAreNotPublished() {
        String word = SearchFixtures.word();
        for (ArticleStatus status : List.of(ArticleStatus.DRAFT, ArticleStatus.SCHEDULED, ArticleStatus.ARCHIVED)) {
            fixtures.article("en", status, "Hidden " + word, "Summary " + word, "Body " + word);
            fixtures.article("es", status, "Oculto " + word, "Resumen " + word, "Texto " + word);
        }

        for (String q : List.of(word, word.substring(0, 7), "hidden " + word, "\"" + word + "\"")) {
            search(q)
                    .body("data", empty())
                    .body("meta.totalItems", equalTo(0))
                    .body("meta.totalPages", equalTo(0));
        }
        search(word, "article").body("meta.totalItems", equalTo(0));
    }

    // Paging

    @Test
    void pagesHitsWithMetaAndLinks() {
        String word = SearchFixtures.word();
        List<String> made = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            made.add(fixtures.published("Page " + i, null, "Text " + word).slug);
        }
        String base = SEARCH + "?q=" + word + "&size=2";

        JsonPath first = given().get(base).then()
                .statusCode(200)
                .header("Link", equalTo("<" + base + "&page=1>; rel=\"first\", <" + base + "&page=2>; rel=\"next\", <"
                        + base + "&page=2>; rel=\"last\""))
                .body("data", hasSize(2))
                .body("meta.page", equalTo(1))
                .body("meta.size", equalTo(2))
                .body("meta.totalItems", equalTo(3))
                .body("meta.totalPages", equalTo(2))
                .extract().jsonPath();
        JsonPath second = given().get(base + "&page=2").then()
                .statusCode(200)
                .header("Link", equalTo("<" + base + "&page=1>; rel=\"first\", <" + base + "&page=1>; rel=\"prev\", <"
                        + base + "&page=2>; rel=\"last\""))
                .body("data", hasSize(1))
                .body("meta.page", equalTo(2))
                .body("meta.totalItems", equalTo(3))
                .extract().jsonPath();
        List<String> both = new ArrayList<>(first.getList("data.slug"));
        both.addAll(second.getList("data.slug"));
        assertThat(both).containsExactlyInAnyOrderElementsOf(made);

        given().get(base + "&page=3").then()
                .statusCode(200)
                .body("data", empty())
                .body("meta.page", equalTo(3))
                .body("meta.totalItems", equalTo(3))
                .body("meta.totalPages", equalTo(2));
    }

    // Problems

    /** the query string as sent, the parameter at fault, and what errors[0].detail says about it. */
    static Stream<Arguments> invalidParameters() {
        return Stream.of(
                Arguments.of("", "q", "is required: the words to search for"),
                Arguments.of("type=article", "q", "is required: the words to search for"),
                Arguments.of("q=", "q", "must not be empty"),
                Arguments.of("q=%20%20%09", "q", LENGTH + "0"),
                Arguments.of("q=" + "a".repeat(201), "q", LENGTH + "201"),
                Arguments.of("q=" + "é".repeat(201), "q", LENGTH + "201"),
                Arguments.of("q=a%00b", "q", "must not contain control characters"),
                Arguments.of("q=a&q=b", "q", "takes one value, but was given 2"),
                Arguments.of("q=a&type=nope", "type", "cannot be 'nope'; allowed: article, person, film"),
                Arguments.of("q=a&type=person&type=Person", "type", "cannot be 'Person'; allowed: article, person, film"),
                Arguments.of("q=a&type=", "type", "must not be empty"),
                Arguments.of("q=a&page=0", "page", "must be an integer from 1 to 10000, not 0"),
                Arguments.of("q=a&size=101", "size", "must be an integer from 1 to 100, not 101"),
                Arguments.of("q=a&sort=rank", "sort", "is not a parameter of this operation; allowed: q, type, page, size"));
    }

    @ParameterizedTest(name = "?{0}")
    @MethodSource("invalidParameters")
    void returns400ProblemNamingTheInvalidParameter(String query, String parameter, String problem) {
        String url = query.isEmpty() ? SEARCH : SEARCH + "?" + query;
        given().urlEncodingEnabled(false).get(url).then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/invalid-parameter"))
                .body("title", equalTo("Invalid request parameter"))
                .body("status", equalTo(400))
                .body("detail", equalTo("Parameter '" + parameter + "' " + problem + "."))
                .body("instance", equalTo(SEARCH))
                .body("errors", hasSize(1))
                .body("errors[0].parameter", equalTo(parameter))
                .body("errors[0].detail", equalTo(problem));
    }

    @Test
    void acceptsAQueryOf200CharactersBetweenSpaces() {
        search("  " + "é".repeat(200) + "  ").body("data", empty());
    }

    @Test
    void reportsEveryInvalidParameterAtOnce() {
        given().urlEncodingEnabled(false).get(SEARCH + "?type=nope&size=0").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", equalTo("3 request parameters are invalid; see errors[]."))
                .body("errors.parameter", containsInAnyOrder("q", "type", "size"));
    }

    @Test
    void returns406ProblemWhenOnlyHtmlIsAcceptable() {
        given().accept("text/html").queryParam("q", "astronaut").get(SEARCH).then()
                .statusCode(406)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/not-acceptable"));
    }
}
