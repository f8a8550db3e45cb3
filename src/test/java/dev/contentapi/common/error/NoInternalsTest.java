package dev.contentapi.common.error;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.contentapi.change.ChangeRetention;
import dev.contentapi.common.openapi.Examples;
import dev.contentapi.person.Person;
import dev.contentapi.support.Database;
import dev.contentapi.support.FailingResource;
import dev.contentapi.support.Fixtures;
import dev.contentapi.support.TightLimits;
import dev.contentapi.support.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/**
 * No error tells an attacker how the API is built: every kind of problem ({@link ProblemType}, each provoked here, some
 * in several ways) is answered without a stack trace, an exception or class name, a package, SQL, a file path, the name
 * or version of a framework, in its body or its headers; no {@code Server} or {@code X-Powered-By} header is sent. A new
 * problem type fails the test until it is provoked here too. Each problem also carries the security headers.
 */
@QuarkusTest
@TestProfile(TightLimits.class)
class NoInternalsTest {

    /** What must never show: each with why it would be a leak. */
    private static final Map<String, Pattern> LEAKS = Map.ofEntries(
            Map.entry("an exception", Pattern.compile("Exception|Throwable|Caused by|\\bError:")),
            Map.entry("a stack frame", Pattern.compile("\\bat [\\w$]+\\.[\\w$.]+\\(|\\.java\\b|<init>")),
            Map.entry("a package or class", Pattern.compile("\\b(java|javax|jakarta|sun|com\\.fasterxml|org\\.hibernate"
                    + "|org\\.postgresql|org\\.jboss|io\\.quarkus|io\\.vertx|io\\.netty|io\\.smallrye|io\\.agroal"
                    + "|dev\\.contentapi)\\.[a-z]")),
            Map.entry("SQL", Pattern.compile("(?i)\\bselect\\b[^.]*\\bfrom\\b|\\binsert into\\b|\\bupdate \\w+ set\\b"
                    + "|\\bdelete from\\b|SQLSTATE|\\bpg_\\w+|\\brelation \"|syntax error at")),
            Map.entry("a file path", Pattern.compile("(?:^|[\\s\"'(=])(?:/(?:home|work|tmp|usr|opt|root|var|app"
                    + "|deployments)/|[A-Z]:\\\\|file:)|\\btarget/")),
            Map.entry("a framework", Pattern.compile("(?i)quarkus|vert\\.?x|netty|resteasy|jackson|hibernate|agroal"
                    + "|panache|smallrye|postgresql|flyway|jboss")),
            Map.entry("a version", Pattern.compile("\\b\\d+\\.\\d+\\.\\d+\\b")));

    private static final String COMMENTS = "/api/v1/articles/" + Examples.ARTICLE_SLUG + "/comments";
    private static final String PERSON = "/api/v1/people/" + Examples.PERSON_SLUG;

    @Inject
    Fixtures fixtures;

    @Inject
    ChangeRetention retention;

    @TestHTTPResource("/")
    URL root;

    private record Answer(String request, int status, Map<String, List<String>> headers, String body) {
    }

    @Test
    void answersEveryKindOfProblemWithoutInternals() throws Exception {
        String editor = Tokens.create("editor");
        Map<ProblemType, List<Supplier<Answer>>> provoked = new EnumMap<>(ProblemType.class);
        provoke(provoked, ProblemType.INVALID_PARAMETER, "GET /api/v1/articles?size=500&sort=password",
                () -> given().get("/api/v1/articles?size=500&sort=password"));
        provoke(provoked, ProblemType.INVALID_PARAMETER, "GET cursor=garbage",
                () -> given().get("/api/v1/articles?cursor=eyJub3QiOiJhIGN1cnNvciJ9"));
        for (String body : List.of("{", "{\"authorName\":\"A\",\"body\":\"x\",\"nope\":1}", "{\"authorName\":[1]}",
                "{\"authorName\":\"A\",\"body\":\"x\",\"parentId\":\"one\"}",
                "{\"authorName\":\"A\",\"body\":\"x\",\"parentId\":99999999999999999999999}", "[]", "\"text\"")) {
            provoke(provoked, ProblemType.MALFORMED_REQUEST, "POST comment " + body,
                    () -> given().contentType("application/json").body(body).post(COMMENTS));
        }
        provoke(provoked, ProblemType.MALFORMED_REQUEST, "PATCH person with a list",
                () -> given().auth().oauth2(editor).header("If-Match", "*")
                        .contentType("application/merge-patch+json").body("{\"links\":{\"x\":1}}").patch(PERSON));
        provoke(provoked, ProblemType.VALIDATION_FAILED, "POST comment without body",
                () -> given().contentType("application/json").body("{\"authorName\":\"\",\"parentId\":-1}")
                        .post(COMMENTS));
        provoke(provoked, ProblemType.UNAUTHORIZED, "GET tokens anonymously", () -> given().get("/api/v1/tokens"));
        provoke(provoked, ProblemType.UNAUTHORIZED, "GET with an unknown token",
                () -> given().auth().oauth2("cat_unknown").get("/api/v1/articles"));
        provoke(provoked, ProblemType.FORBIDDEN, "GET tokens as an editor",
                () -> given().auth().oauth2(editor).get("/api/v1/tokens"));
        provoke(provoked, ProblemType.NOT_FOUND, "GET an unknown article",
                () -> given().get("/api/v1/articles/no-such-article"));
        provoke(provoked, ProblemType.NOT_FOUND, "GET an unknown path", () -> given().get("/WEB-INF/web.xml"));
        provoke(provoked, ProblemType.NOT_FOUND, "GET an unknown problem type",
                () -> given().get("/problems/../../etc/passwd"));
        provoke(provoked, ProblemType.CONFLICT, "POST a person with a taken slug",
                () -> given().auth().oauth2(editor).contentType("application/json")
                        .body("{\"slug\":\"" + Examples.PERSON_SLUG + "\",\"name\":\"Again\",\"sortName\":\"Again\"}")
                        .post("/api/v1/people"));
        provoke(provoked, ProblemType.CHANGES_EXPIRED, "GET changes after an expired cursor",
                () -> given().get("/api/v1/changes?after=" + expiredCursor()));
        provoke(provoked, ProblemType.PRECONDITION_FAILED, "PATCH a person with an old version",
                () -> given().auth().oauth2(editor).header("If-Match", "\"999\"")
                        .contentType("application/merge-patch+json").body("{\"shortBio\":\"x\"}").patch(PERSON));
        provoke(provoked, ProblemType.PRECONDITION_REQUIRED, "PATCH a person without If-Match",
                () -> given().auth().oauth2(editor).contentType("application/merge-patch+json")
                        .body("{\"shortBio\":\"x\"}").patch(PERSON));
        provoke(provoked, ProblemType.RATE_LIMITED, "POST a second comment within the minute", () -> {
            given().contentType("application/json").body("{\"authorName\":\"First\",\"body\":\"One of one.\"}")
                    .post(COMMENTS);
            return given().contentType("application/json").body("{\"authorName\":\"Second\",\"body\":\"Two.\"}")
                    .post(COMMENTS);
        });
        provoke(provoked, ProblemType.METHOD_NOT_ALLOWED, "TRACE articles", () -> given().request("TRACE",
                "/api/v1/articles"));
        provoke(provoked, ProblemType.METHOD_NOT_ALLOWED, "DELETE search", () -> given().delete("/api/v1/search"));
        provoke(provoked, ProblemType.NOT_ACCEPTABLE, "GET articles as XML",
                () -> given().accept("application/xml").get("/api/v1/articles"));
        provoke(provoked, ProblemType.UNSUPPORTED_MEDIA_TYPE, "POST a comment as XML",
                () -> given().contentType("application/xml").body("<comment/>").post(COMMENTS));
        provoked.put(ProblemType.CONTENT_TOO_LARGE, List.of(this::tooLarge));
        provoke(provoked, ProblemType.URI_TOO_LONG, "GET a long URI",
                () -> given().urlEncodingEnabled(false).get("/api/v1/articles?q=" + "a".repeat(5000)));
        provoke(provoked, ProblemType.HEADER_FIELDS_TOO_LARGE, "GET with large headers",
                () -> given().header("X-Filler", "a".repeat(17 * 1024)).get("/api/v1/articles"));
        provoke(provoked, ProblemType.INTERNAL_ERROR, "GET a failing resource",
                () -> given().get(FailingResource.PATH));
        provoke(provoked, ProblemType.SERVICE_UNAVAILABLE, "GET a change stream when none may open",
                () -> given().accept("text/event-stream").get("/api/v1/changes/stream"));

        assertThat(provoked.keySet()).as("every problem type is provoked").containsExactly(ProblemType.values());

        SoftAssertions softly = new SoftAssertions();
        ObjectMapper json = new ObjectMapper();
        for (Map.Entry<ProblemType, List<Supplier<Answer>>> kind : provoked.entrySet()) {
            ProblemType type = kind.getKey();
            for (Supplier<Answer> provocation : kind.getValue()) {
                Answer answer = provocation.get();
                softly.assertThat(answer.status()).as(answer.request()).isEqualTo(type.status());
                softly.assertThat(header(answer, "content-type")).as(answer.request())
                        .startsWith("application/problem+json");
                JsonNode problem = json.readTree(answer.body());
                softly.assertThat(problem.path("type").asText()).as(answer.request()).isEqualTo(type.uri());
                softly.assertThat(header(answer, "server")).as(answer.request() + ": Server").isNull();
                softly.assertThat(header(answer, "x-powered-by")).as(answer.request() + ": X-Powered-By").isNull();
                softly.assertThat(header(answer, "x-content-type-options")).as(answer.request()).isEqualTo("nosniff");
                LEAKS.forEach((what, pattern) -> {
                    softly.assertThat(pattern.matcher(answer.body()).find())
                            .as("%s: the body shows %s: %s", answer.request(), what, answer.body()).isFalse();
                    answer.headers().forEach((name, values) -> values.forEach(value -> softly
                            .assertThat(pattern.matcher(value).find())
                            .as("%s: header %s shows %s: %s", answer.request(), name, what, value).isFalse()));
                });
            }
        }
        softly.assertAll();
    }

    private static void provoke(Map<ProblemType, List<Supplier<Answer>>> provoked, ProblemType type, String request,
            Supplier<Response> send) {
        provoked.computeIfAbsent(type, kind -> new ArrayList<>()).add(() -> {
            Response response = send.get();
            Map<String, List<String>> headers = new TreeMap<>();
            response.headers().forEach(header -> headers
                    .computeIfAbsent(header.getName().toLowerCase(Locale.ROOT), name -> new ArrayList<>())
                    .add(header.getValue()));
            return new Answer(request, response.statusCode(), headers, response.asString());
        });
    }

    private static String header(Answer answer, String name) {
        List<String> values = answer.headers().get(name);
        return values == null ? null : String.join(", ", values);
    }

    /** A cursor from before changes that retention has deleted (as ChangeRetentionTest makes one). */
    private String expiredCursor() {
        String before = given().get("/api/v1/changes?after=latest").then().statusCode(200).extract()
                .path("meta.nextCursor");
        Person old = fixtures.person("Expired Change", "Change, Expired");
        try (Connection connection = Database.connect(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("update change_event set occurred_at = occurred_at - interval '31 days' "
                    + "where seq <= (select seq from change_event where item_type = 'person' and item_id = "
                    + old.id + ")");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        retention.purge();
        return before;
    }

    /** A body declared over the limit, sent over a socket without it, so that the answer is read whole. */
    private Answer tooLarge() {
        String request = "POST " + COMMENTS + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Content-Length: 2000000\r\n\r\n";
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            String raw = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int end = raw.indexOf("\r\n\r\n");
            String[] lines = raw.substring(0, end).split("\r\n");
            Map<String, List<String>> headers = new TreeMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.computeIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        name -> new ArrayList<>()).add(lines[i].substring(colon + 1).trim());
            }
            return new Answer("POST a body over the limit", Integer.parseInt(lines[0].split(" ")[1]), headers,
                    raw.substring(end + 4));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
