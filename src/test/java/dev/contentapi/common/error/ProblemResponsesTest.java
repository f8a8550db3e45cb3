package dev.contentapi.common.error;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.contentapi.common.openapi.Examples;
import dev.contentapi.support.FailingResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;

/**
 * Every error the API answers is an RFC 9457 problem ({@code application/problem+json}) with a {@code type} that
 * resolves, a {@code title}, the {@code status}, a {@code detail} a client can act on, the failing path as
 * {@code instance}, and {@code errors[]} naming each parameter at fault.
 */
@QuarkusTest
class ProblemResponsesTest {

    private static final String PROBLEM_JSON = "application/problem+json";

    private static final String NOT_FOUND = "/problems/not-found";
    private static final String INVALID_PARAMETER = "/problems/invalid-parameter";
    private static final String METHOD_NOT_ALLOWED = "/problems/method-not-allowed";
    private static final String NOT_ACCEPTABLE = "/problems/not-acceptable";
    private static final String INTERNAL_ERROR = "/problems/internal-error";

    private static final String ARTICLE = "/api/v1/articles/" + Examples.ARTICLE_SLUG;
    private static final String COMMENTED_ARTICLE_COMMENTS = "/api/v1/articles/" + Examples.COMMENTED_ARTICLE_SLUG
            + "/comments";
    private static final String PERSON = "/api/v1/people/" + Examples.PERSON_SLUG;
    private static final String FILM = "/api/v1/films/" + Examples.FILM_SLUG;

    private static final String ARTICLE_SORTS = "allowed: publishedAt, title, updatedAt, each optionally prefixed with '-'";
    private static final String PERSON_SORTS = "allowed: name, updatedAt, each optionally prefixed with '-'";
    private static final String FILM_SORTS = "allowed: releaseDate, title, updatedAt, each optionally prefixed with '-'";
    private static final String COMMENT_SORTS = "allowed: createdAt, each optionally prefixed with '-'";
    private static final Set<String> PROBLEM_MEMBERS = Set.of("type", "title", "status", "detail", "instance",
            "requestId", "errors");
    private static final String EMPTY = "must not be empty";
    private static final String PAGE_RANGE = "must be an integer from 1 to 10000";
    private static final String SIZE_RANGE = "must be an integer from 1 to 100";

    /**
     * Checks the parts every problem has (the request id of the {@code X-Request-Id} header among them), and that the
     * body says nothing beyond the problem members.
     */
    private static ValidatableResponse assertProblem(ValidatableResponse response, int status, String type,
            String title, String instance) {
        response
                .statusCode(status)
                .header("Content-Type", startsWith(PROBLEM_JSON))
                .body("type", equalTo(type))
                .body("title", equalTo(title))
                .body("status", equalTo(status))
                .body("detail", not(emptyOrNullString()))
                .body("instance", equalTo(instance))
                .header("X-Request-Id", not(emptyOrNullString()))
                .body("requestId", equalTo(response.extract().header("X-Request-Id")));
        Set<String> members = response.extract().jsonPath().<String, Object> getMap("$").keySet();
        assertTrue(PROBLEM_MEMBERS.containsAll(members), "unexpected problem members: " + members);
        return response;
    }

    /** The names after "allowed: " in a detail, in any order. */
    private static Set<String> allowedIn(String detail) {
        return new TreeSet<>(Arrays.asList(detail.substring(detail.indexOf("allowed: ") + "allowed: ".length())
                .split(", ")));
    }

    private static ValidatableResponse assertNotFound(ValidatableResponse response, String instance) {
        return assertProblem(response, 404, NOT_FOUND, "Not found", instance);
    }

    private static ValidatableResponse assertInvalidParameter(ValidatableResponse response, String instance) {
        return assertProblem(response, 400, INVALID_PARAMETER, "Invalid request parameter", instance);
    }

    // 400: malformed slugs never reach the database

    @ParameterizedTest
    @CsvSource({
            "/api/v1/articles/%s, /api/v1/articles/%s",
            "/api/v1/people/%s, /api/v1/people/%s",
            "/api/v1/films/%s, /api/v1/films/%s",
            "/api/v1/articles/%s/comments, /api/v1/articles/%s/comments",
            "/api/v1/people/%s/films, /api/v1/people/%s/films",
            "/api/v1/people/%s/articles, /api/v1/people/%s/articles" })
    void returns400ProblemForAMalformedSlug(String template, String instanceTemplate) {
        String tooLong = "a".repeat(201);
        // each: the slug as sent, and the path as the server decodes it
        for (String[] slug : new String[][] { { "%00", "\u0000" }, { "Jose-Hernandez", "Jose-Hernandez" },
                { "jose_hernandez", "jose_hernandez" }, { "-jose", "-jose" }, { "jos%C3%A9", "jos\u00e9" },
                { tooLong, tooLong } }) {
            String instance = String.format(instanceTemplate, slug[1]);
            assertInvalidParameter(given().urlEncodingEnabled(false).get(String.format(template, slug[0])).then(),
                    instance)
                    .body("errors[0].parameter", equalTo("slug"))
                    .body("errors[0].detail", startsWith("must be at most 200 lower-case letters and digits"));
        }
    }

    // 404: unknown items

    static Stream<Arguments> unknownItems() {
        return Stream.of(
                Arguments.of("/api/v1/articles/no-such-slug", "No published article has the slug 'no-such-slug'."),
                Arguments.of("/api/v1/people/no-such-slug", "No person has the slug 'no-such-slug'."),
                Arguments.of("/api/v1/films/no-such-slug", "No film has the slug 'no-such-slug'."),
                Arguments.of("/api/v1/articles/no-such-slug/comments",
                        "No published article has the slug 'no-such-slug'."),
                Arguments.of("/api/v1/people/no-such-slug/films", "No person has the slug 'no-such-slug'."),
                Arguments.of("/api/v1/people/no-such-slug/articles", "No person has the slug 'no-such-slug'."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unknownItems")
    void returns404ProblemForUnknownSlug(String path, String detail) {
        assertNotFound(given().get(path).then(), path)
                .body("detail", equalTo(detail))
                .body("errors", nullValue());
    }

    @Test
    void returns404ProblemForUnknownCommentId() {
        assertNotFound(given().get("/api/v1/comments/999999999999").then(), "/api/v1/comments/999999999999")
                .body("detail", equalTo("No public comment has the id 999999999999."));
    }

    // 404: unknown paths, inside and outside the API

    @ParameterizedTest
    @ValueSource(strings = { "/api/v1/nothing-here", "/nothing-here", "/api/v1/articles/" + Examples.ARTICLE_SLUG
            + "/nothing-here", "/api/v2/articles", "/api/v1/comments/1/replies" })
    void returns404ProblemForUnknownPath(String path) {
        assertNotFound(given().get(path).then(), path)
                .body("detail", equalTo("There is no resource at " + path + "."))
                .body("errors", nullValue());
    }

    @Test
    void returns404ProblemForUnknownPathWhateverTheMethod() {
        assertNotFound(given().delete("/nothing-here").then(), "/nothing-here")
                .body("detail", equalTo("There is no resource at /nothing-here."));
    }

    // 400: query and path parameters

    static Stream<Arguments> unknownParameters() {
        return Stream.of(
                Arguments.of("/api/v1/articles", List.of("page", "size", "cursor", "sort", "include", "fields",
                        "fields[people]", "fields[films]", "q", "author", "person", "film", "tag", "language", "status",
                        "publishedAfter",
                        "publishedBefore")),
                Arguments.of(ARTICLE, List.of("include", "fields", "fields[people]", "fields[films]")),
                Arguments.of("/api/v1/people", List.of("page", "size", "cursor", "sort", "include", "fields",
                        "fields[films]", "q", "role")),
                Arguments.of(PERSON + "/films", List.of("page", "size", "cursor", "sort", "include", "fields",
                        "fields[people]")),
                Arguments.of("/api/v1/films", List.of("page", "size", "cursor", "sort", "include", "fields",
                        "fields[people]", "q", "person", "releasedAfter", "releasedBefore", "genre")),
                Arguments.of(COMMENTED_ARTICLE_COMMENTS, List.of("page", "size", "cursor", "sort")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unknownParameters")
    void returns400ProblemNamingAnUnknownParameterAndListingTheAllowedOnes(String path, List<String> allowed) {
        ValidatableResponse response = assertInvalidParameter(given().queryParam("sizee", "5").get(path).then(), path)
                .body("detail", startsWith("Parameter 'sizee' is not a parameter of this operation; allowed: "))
                .body("errors", hasSize(1))
                .body("errors[0].parameter", equalTo("sizee"))
                .body("errors[0].detail", startsWith("is not a parameter of this operation; allowed: "));
        String listed = response.extract().path("errors[0].detail");
        assertEquals(new TreeSet<>(allowed), allowedIn(listed), "allowed parameters listed in: " + listed);
        String detail = response.extract().path("detail");
        assertEquals(new TreeSet<>(allowed), allowedIn(detail.substring(0, detail.length() - 1)), detail);
    }

    @Test
    void returns400ProblemForAnyQueryParameterOnAnOperationThatTakesNone() {
        assertInvalidParameter(given().get("/api/v1/comments/1?page=1").then(), "/api/v1/comments/1")
                .body("detail", equalTo("Parameter 'page' is not a parameter of this operation; allowed: none."))
                .body("errors", hasSize(1))
                .body("errors[0].parameter", equalTo("page"))
                .body("errors[0].detail", equalTo("is not a parameter of this operation; allowed: none"));
    }

    /** path and query as sent, the parameter at fault, and what errors[0].detail says about it. */
    static Stream<Arguments> invalidValues() {
        return Stream.of(
                Arguments.of("/api/v1/articles", "page=1&page=2", "page", "takes one value, but was given 2"),
                Arguments.of("/api/v1/articles", "size=5&size=5", "size", "takes one value, but was given 2"),
                Arguments.of("/api/v1/articles", "sort=title&sort=-title", "sort", "takes one value, but was given 2"),
                Arguments.of("/api/v1/articles", "page=0", "page", PAGE_RANGE + ", not 0"),
                Arguments.of("/api/v1/articles", "page=abc", "page", PAGE_RANGE + ", not 'abc'"),
                Arguments.of("/api/v1/articles", "page=10001", "page", PAGE_RANGE + ", not 10001"),
                Arguments.of("/api/v1/articles", "page=", "page", EMPTY),
                Arguments.of("/api/v1/articles", "size=0", "size", SIZE_RANGE + ", not 0"),
                Arguments.of("/api/v1/articles", "size=", "size", EMPTY),
                Arguments.of("/api/v1/articles", "size=101", "size", SIZE_RANGE + ", not 101"),
                Arguments.of("/api/v1/articles", "size=-1", "size", SIZE_RANGE + ", not '-1'"),
                Arguments.of("/api/v1/articles", "size=1.5", "size", SIZE_RANGE + ", not '1.5'"),
                Arguments.of("/api/v1/articles", "sort=unknown", "sort", "cannot sort by 'unknown'; " + ARTICLE_SORTS),
                Arguments.of("/api/v1/articles", "sort=-unknown", "sort", "cannot sort by 'unknown'; " + ARTICLE_SORTS),
                Arguments.of("/api/v1/articles", "sort=", "sort", EMPTY),
                Arguments.of("/api/v1/articles", "sort=title,", "sort", "has an empty field; " + ARTICLE_SORTS),
                Arguments.of("/api/v1/articles", "sort=title,title", "sort", "names 'title' twice; " + ARTICLE_SORTS),
                Arguments.of("/api/v1/articles", "sort=title,-title", "sort", "names 'title' twice; " + ARTICLE_SORTS),
                Arguments.of("/api/v1/people", "page=0", "page", PAGE_RANGE + ", not 0"),
                Arguments.of("/api/v1/people", "sort=unknown", "sort", "cannot sort by 'unknown'; " + PERSON_SORTS),
                Arguments.of("/api/v1/films", "size=101", "size", SIZE_RANGE + ", not 101"),
                Arguments.of("/api/v1/films", "sort=unknown", "sort", "cannot sort by 'unknown'; " + FILM_SORTS),
                Arguments.of(PERSON + "/films", "page=abc", "page", PAGE_RANGE + ", not 'abc'"),
                Arguments.of("/api/v1/people/" + Examples.AUTHOR_SLUG + "/articles", "size=0", "size",
                        SIZE_RANGE + ", not 0"),
                Arguments.of(COMMENTED_ARTICLE_COMMENTS, "page=10001", "page", PAGE_RANGE + ", not 10001"),
                Arguments.of(COMMENTED_ARTICLE_COMMENTS, "sort=publishedAt", "sort",
                        "cannot sort by 'publishedAt'; " + COMMENT_SORTS),
                Arguments.of("/api/v1/comments/abc", "", "id", "must be a positive integer, not 'abc'"),
                Arguments.of("/api/v1/comments/0", "", "id", "must be a positive integer, not '0'"),
                Arguments.of("/api/v1/comments/-1", "", "id", "must be a positive integer, not '-1'"));
    }

    @ParameterizedTest(name = "{0}?{1}")
    @MethodSource("invalidValues")
    void returns400ProblemNamingTheInvalidParameter(String path, String query, String parameter, String problem) {
        String url = query.isEmpty() ? path : path + "?" + query;
        assertInvalidParameter(given().urlEncodingEnabled(false).get(url).then(), path)
                .body("detail", equalTo("Parameter '" + parameter + "' " + problem + "."))
                .body("errors", hasSize(1))
                .body("errors[0].parameter", equalTo(parameter))
                .body("errors[0].detail", equalTo(problem))
                .body("errors[0].pointer", nullValue());
    }

    static Stream<Arguments> unknownIncludes() {
        return Stream.of(
                Arguments.of("/api/v1/articles", List.of("author", "people", "films")),
                Arguments.of(ARTICLE, List.of("author", "people", "films")),
                Arguments.of("/api/v1/people", List.of("credits.film")),
                Arguments.of(PERSON, List.of("credits.film")),
                Arguments.of("/api/v1/films", List.of("credits.person")),
                Arguments.of(FILM, List.of("credits.person")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unknownIncludes")
    void returns400ProblemForAnUnknownIncludeListingTheAllowedOnes(String path, List<String> allowed) {
        ValidatableResponse response = assertInvalidParameter(
                given().queryParam("include", "nope").get(path).then(), path)
                .body("detail", startsWith("Parameter 'include' cannot include 'nope'; allowed: "))
                .body("errors", hasSize(1))
                .body("errors[0].parameter", equalTo("include"))
                .body("errors[0].detail", startsWith("cannot include 'nope'; allowed: "));
        String listed = response.extract().path("errors[0].detail");
        assertEquals(new TreeSet<>(allowed), allowedIn(listed), "includes listed in: " + listed);
    }

    @Test
    void returns400ProblemForAnEmptyIncludeName() {
        assertInvalidParameter(given().urlEncodingEnabled(false).get("/api/v1/articles?include=author,").then(),
                "/api/v1/articles")
                .body("detail", startsWith("Parameter 'include' has an empty name; allowed: "))
                .body("errors", hasSize(1))
                .body("errors[0].parameter", equalTo("include"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "page", "size", "sort", "include" })
    void returns400ProblemForAnEmptyValue(String parameter) {
        assertInvalidParameter(given().urlEncodingEnabled(false).get("/api/v1/articles?" + parameter + "=").then(),
                "/api/v1/articles")
                .body("detail", equalTo("Parameter '" + parameter + "' " + EMPTY + "."))
                .body("errors", hasSize(1))
                .body("errors[0].parameter", equalTo(parameter))
                .body("errors[0].detail", equalTo(EMPTY));
    }

    @Test
    void returnsOneErrorPerParameterWhenSeveralAreUnknownOrRepeated() {
        assertInvalidParameter(
                given().urlEncodingEnabled(false).get("/api/v1/articles?sizee=3&page=1&page=2&colour=red").then(),
                "/api/v1/articles")
                .body("detail", equalTo("3 request parameters are invalid; see errors[]."))
                .body("errors", hasSize(3))
                .body("errors.parameter", containsInAnyOrder("sizee", "page", "colour"))
                .body("errors.find { it.parameter == 'page' }.detail", equalTo("takes one value, but was given 2"))
                .body("errors.find { it.parameter == 'sizee' }.detail",
                        startsWith("is not a parameter of this operation; allowed: "))
                .body("errors.find { it.parameter == 'colour' }.detail",
                        startsWith("is not a parameter of this operation; allowed: "));
    }

    /**
     * Invalid values of several known parameters are all reported in one answer, as the {@code invalid-parameter}
     * type promises ("errors[] names each one"), so that a client need not fix them one round trip at a time.
     */
    @Test
    void returnsOneErrorPerParameterWhenSeveralValuesAreInvalid() {
        assertInvalidParameter(
                given().urlEncodingEnabled(false).get("/api/v1/articles?page=0&size=101&sort=nope").then(),
                "/api/v1/articles")
                .body("detail", equalTo("3 request parameters are invalid; see errors[]."))
                .body("errors", hasSize(3))
                .body("errors.parameter", containsInAnyOrder("page", "size", "sort"))
                .body("errors.find { it.parameter == 'page' }.detail", equalTo(PAGE_RANGE + ", not 0"))
                .body("errors.find { it.parameter == 'size' }.detail", equalTo(SIZE_RANGE + ", not 101"))
                .body("errors.find { it.parameter == 'sort' }.detail",
                        equalTo("cannot sort by 'nope'; " + ARTICLE_SORTS));
    }

    // 405

    static Stream<Arguments> unsupportedMethods() {
        return Stream.of(
                Arguments.of("DELETE", "/api/v1/articles"),
                Arguments.of("PUT", "/api/v1/articles"),
                Arguments.of("PATCH", "/api/v1/articles"),
                Arguments.of("POST", ARTICLE),
                Arguments.of("POST", PERSON),
                Arguments.of("PUT", COMMENTED_ARTICLE_COMMENTS),
                Arguments.of("PUT", "/api/v1/comments/1"),
                Arguments.of("POST", "/problems"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("unsupportedMethods")
    void returns405ProblemWithAllowHeaderForAnUnsupportedMethod(String method, String path) {
        ValidatableResponse response = assertProblem(given().request(method, path).then(), 405, METHOD_NOT_ALLOWED,
                "Method not allowed", path)
                .header("Allow", notNullValue())
                .body("detail", equalTo(method + " is not supported here."))
                .body("errors", nullValue());
        List<String> allowed = Arrays.stream(response.extract().header("Allow").split(","))
                .map(String::trim).toList();
        assertAll(
                () -> assertTrue(allowed.contains("GET"), "Allow: " + allowed),
                () -> assertFalse(allowed.contains(method), "Allow lists the refused method: " + allowed));
    }

    // 406

    @ParameterizedTest
    @ValueSource(strings = { "/api/v1/articles", ARTICLE, "/api/v1/people", PERSON, "/api/v1/films", FILM,
            COMMENTED_ARTICLE_COMMENTS, "/api/v1/comments/1", "/problems" })
    void returns406ProblemWhenOnlyHtmlIsAcceptable(String path) {
        assertProblem(given().accept("text/html").get(path).then(), 406, NOT_ACCEPTABLE, "Not acceptable", path)
                .body("detail", equalTo("This resource is available as application/json only."))
                .body("errors", nullValue());
    }

    @ParameterizedTest
    @ValueSource(strings = { ";;;", ";", ",;," })
    void returns406ProblemForAnAcceptOfNothingButSeparators(String accept) {
        // once a 500: the cached-answer check split ";;;" into no parts at all
        assertProblem(given().header("Accept", accept).get(ARTICLE).then(), 406, NOT_ACCEPTABLE, "Not acceptable",
                ARTICLE);
    }

    // 500

    @Test
    void returns500ProblemThatLeaksNothingAboutTheFailure() {
        Response response = given().get(FailingResource.PATH);
        assertProblem(response.then(), 500, INTERNAL_ERROR, "Internal server error", FailingResource.PATH)
                .body("detail", matchesPattern(
                        "The server failed to answer this request\\. Incident [0-9a-f-]{36} has been logged\\."))
                .body("errors", nullValue());
        String body = response.asString();
        for (String leak : List.of("SELECT", "secret", "users", "Exception", "java.", "at dev.", "dev.contentapi",
                "FailingResource", "LeakyDatabaseFailure", "IllegalStateException", "RuntimeException", "Caused by",
                "stack")) {
            assertFalse(body.contains(leak), "500 body leaks '" + leak + "': " + body);
        }
    }

    @Test
    void namesADifferentIncidentInEach500() {
        String first = given().get(FailingResource.PATH).then().statusCode(500).extract().path("detail");
        String second = given().get(FailingResource.PATH).then().statusCode(500).extract().path("detail");
        assertNotEquals(first, second, "each failure has its own incident id");
    }

    // Problem types resolve

    @Test
    void listsEveryProblemType() {
        JsonPath listing = given().get("/problems").then()
                .statusCode(200)
                .header("Content-Type", startsWith("application/json"))
                .body("$", hasSize(ProblemType.values().length))
                .extract().jsonPath();
        List<Map<String, Object>> types = listing.getList("$");
        List<String> expected = Arrays.stream(ProblemType.values()).map(type -> "/problems/" + type.slug()).toList();
        assertEquals(expected, types.stream().map(type -> (String) type.get("type")).toList());
        assertEquals(List.of("/problems/invalid-parameter", "/problems/malformed-request",
                "/problems/validation-failed", "/problems/unauthorized", "/problems/forbidden", "/problems/not-found",
                "/problems/conflict", "/problems/changes-expired", "/problems/precondition-failed",
                "/problems/precondition-required",
                "/problems/rate-limited",
                "/problems/method-not-allowed", "/problems/not-acceptable", "/problems/unsupported-media-type",
                "/problems/content-too-large", "/problems/uri-too-long", "/problems/header-fields-too-large",
                "/problems/internal-error", "/problems/service-unavailable"), expected);
        for (Map<String, Object> type : types) {
            assertAll((String) type.get("type"),
                    () -> assertFalse(String.valueOf(type.get("title")).isBlank(), "title"),
                    () -> assertTrue(type.get("status") instanceof Integer status && status >= 400 && status <= 599,
                            "status"),
                    () -> assertFalse(String.valueOf(type.get("description")).isBlank(), "description"));
        }
    }

    /** One request for each kind of problem the API answered above. */
    static Stream<Arguments> problemRequests() {
        return Stream.of(
                Arguments.of("GET", "/api/v1/articles/no-such-slug", "application/json", NOT_FOUND),
                Arguments.of("GET", "/nothing-here", "*/*", NOT_FOUND),
                Arguments.of("GET", "/api/v1/articles?page=0", "application/json", INVALID_PARAMETER),
                Arguments.of("GET", "/api/v1/articles?sizee=3", "application/json", INVALID_PARAMETER),
                Arguments.of("GET", "/api/v1/comments/abc", "application/json", INVALID_PARAMETER),
                Arguments.of("DELETE", "/api/v1/articles", "application/json", METHOD_NOT_ALLOWED),
                Arguments.of("GET", "/api/v1/articles", "text/html", NOT_ACCEPTABLE),
                Arguments.of("GET", FailingResource.PATH, "application/json", INTERNAL_ERROR),
                Arguments.of("GET", "/api/v1/articles?q=" + "a".repeat(5000), "application/json",
                        "/problems/uri-too-long"));
    }

    @ParameterizedTest(name = "{0} {1} -> {3}")
    @MethodSource("problemRequests")
    void resolvesTheTypeOfEachProblemToItsDescription(String method, String url, String accept, String type) {
        JsonPath problem = given().accept(accept).urlEncodingEnabled(false).request(method, url).then()
                .header("Content-Type", startsWith(PROBLEM_JSON))
                .body("type", equalTo(type))
                .extract().jsonPath();
        int status = problem.getInt("status");
        String title = problem.getString("title");

        given().get(type).then()
                .statusCode(200)
                .header("Content-Type", startsWith("application/json"))
                .body("type", equalTo(type))
                .body("title", equalTo(title))
                .body("status", equalTo(status))
                .body("description", not(emptyOrNullString()));
        given().get("/problems").then()
                .statusCode(200)
                .body("type", hasItem(type));
    }

    @Test
    void returns404ProblemForAnUnknownProblemType() {
        assertNotFound(given().get("/problems/no-such-kind").then(), "/problems/no-such-kind")
                .body("detail", equalTo("No problem type is called 'no-such-kind'."));
    }
}
