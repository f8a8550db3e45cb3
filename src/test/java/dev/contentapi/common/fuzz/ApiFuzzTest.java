package dev.contentapi.common.fuzz;

import static dev.contentapi.common.fuzz.Inputs.chance;
import static dev.contentapi.common.fuzz.Inputs.pick;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.contentapi.article.Article;
import dev.contentapi.article.ArticleStatus;
import dev.contentapi.comment.Comment;
import dev.contentapi.comment.CommentStatus;
import dev.contentapi.common.error.ProblemType;
import dev.contentapi.common.fuzz.Inputs.UriValue;
import dev.contentapi.common.openapi.Examples;
import dev.contentapi.film.CreditKind;
import dev.contentapi.film.Film;
import dev.contentapi.person.Person;
import dev.contentapi.support.Database;
import dev.contentapi.support.Fixtures;
import dev.contentapi.support.RawHttp;
import dev.contentapi.support.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Seeded fuzzing of the whole API, driven by its served OpenAPI document: every operation, with every path, query and
 * header parameter it declares and every request body, gets valid values (the document's examples, real slugs and ids)
 * mixed with hostile ones (see {@link Inputs}). For every case: no 5xx (but the change stream's deliberate 503), every
 * 4xx an {@code application/problem+json} problem whose {@code status} is the answer's, no Java or SQL internals in any
 * body, and a refused request writes nothing (the content tables and the change outbox are compared before and after).
 * Requests go over a plain socket exactly as generated ({@link RawHttp}); a change stream that opens is read up to its
 * headers and closed, so that its parameters are fuzzed without a case waiting on an endless answer.
 * <p>
 * {@code -Dfuzz.seed=<long>} replays another run, {@code -Dfuzz.cases=<n>} runs more (or fewer) cases; a failure
 * names the seed and each failing request.
 */
@QuarkusTest
class ApiFuzzTest {

    static final long DEFAULT_SEED = 0x5EED_C0DEL;
    static final int MINIMUM_CASES = 10_000;
    private static final int FAILURES_SHOWN = 25;

    private static final Pattern INTERNALS = Pattern.compile(
            "(\\bat [a-z][\\w$]*(\\.[\\w$]+)+\\(|\\b(java|javax|jakarta|org\\.hibernate|org\\.postgresql|org\\.jboss"
                    + "|io\\.quarkus|io\\.vertx|io\\.smallrye|io\\.netty|com\\.fasterxml)\\.[a-z]\\w*\\."
                    + "|Exception\\b|PSQL|SQLState|SQL state)");
    private static final Pattern SQL = Pattern.compile(
            "(?i)(\\bselect\\b.+\\bfrom\\b|\\binsert into\\b|\\bupdate \\w+ set\\b|syntax error at or near"
                    + "|violates .* constraint|\\bERROR:\\s)");

    /** The tables whose counts, highest ids and versions say whether anything was written. */
    private static final String WRITTEN = """
            select (select count(*) || '/' || coalesce(max(id), 0) || '/' || coalesce(sum(version), 0) from article),
                   (select count(*) || '/' || coalesce(max(id), 0) || '/' || coalesce(sum(version), 0) from person),
                   (select count(*) || '/' || coalesce(max(id), 0) || '/' || coalesce(sum(version), 0) from film),
                   (select count(*) || '/' || coalesce(max(id), 0) || '/' || coalesce(sum(version), 0) from comment),
                   (select count(*) from credit), (select count(*) from article_person),
                   (select count(*) from article_film), (select count(*) from slug_redirect),
                   (select count(*) || '/' || coalesce(max(seq), 0) from change_event),
                   (select count(*) || '/' || count(revoked_at) || '/' || coalesce(max(id), 0) from api_token),
                   (select count(*) from idempotency_key)
            """;

    @Inject
    Fixtures fixtures;

    @TestHTTPResource("/")
    URI root;

    private final ObjectMapper json = new ObjectMapper();

    /** Valid values by name: slugs and ids that exist, cursors each list made. */
    private final Map<String, List<String>> valid = new HashMap<>();
    private final Map<String, String> tokens = new LinkedHashMap<>();
    private final Map<String, String> tokenIds = new HashMap<>();
    /** The items writes may reach: the fuzzer's own, never the seed content that other tests read. */
    private final Map<String, List<String>> writable = new HashMap<>();

    @Test
    void everyOperationAnswersHostileInputsWithProblemsAndRefusedRequestsWriteNothing() throws Exception {
        long seed = Long.getLong("fuzz.seed", DEFAULT_SEED);
        int cases = Integer.getInteger("fuzz.cases", MINIMUM_CASES);
        JsonNode document = json.readTree(given().get("/q/openapi?format=json").asString());
        List<Operation> operations = Operation.all(document);
        prepare();

        SplittableRandom master = new SplittableRandom(seed);
        Map<String, Integer> perOperation = new HashMap<>();
        Map<Integer, Integer> perStatus = new HashMap<>();
        List<String> failures = new ArrayList<>();
        int failed = 0;
        Instant start = Instant.now();
        try (Connection database = Database.connect();
                PreparedStatement written = database.prepareStatement(WRITTEN)) {
            // The state after the last write: a write case must leave it as it was unless it succeeded, and the
            // reads between two writes must leave it as it was, whatever they answered.
            String before = snapshot(written);
            int firstRead = -1;
            for (int i = 0; i < cases; i++) {
                Operation operation = operations.get(i % operations.size());
                SplittableRandom random = master.split();
                Request request = generate(operation, random);
                boolean write = !request.method.equals("GET");
                if (write) {
                    String now = snapshot(written);
                    if (!now.equals(before)) {
                        failed++;
                        record(failures, seed, i, request, "a read among cases " + firstRead + " to " + (i - 1)
                                + " wrote: " + before + " -> " + now);
                        before = now;
                    }
                    firstRead = -1;
                } else if (firstRead < 0) {
                    firstRead = i;
                }
                RawHttp.Response response;
                try {
                    response = RawHttp.send(root.getHost(), root.getPort(), request.method, request.target,
                            request.headers, request.body);
                } catch (IOException e) {
                    failed++;
                    record(failures, seed, i, request, "no answer: " + e);
                    before = snapshot(written);
                    continue;
                }
                perOperation.merge(operation.id, 1, Integer::sum);
                perStatus.merge(response.status(), 1, Integer::sum);
                List<String> wrong = check(operation, request, response);
                boolean success = response.status() >= 200 && response.status() < 300;
                if (write) {
                    String after = snapshot(written);
                    if (!after.equals(before) && !success) {
                        wrong.add("the request was answered " + response.status() + " but wrote: " + before
                                + " -> " + after);
                    }
                    before = after;
                }
                if (success && remember(operation, request, response)) {
                    before = snapshot(written);
                }
                if (!wrong.isEmpty()) {
                    failed++;
                    record(failures, seed, i, request,
                            String.join("; ", wrong) + "\n  answer " + response.status() + " "
                                    + response.headers() + "\n  " + abbreviate(response.text(), 1500));
                }
            }
            if (!snapshot(written).equals(before)) {
                failed++;
                failures.add("a read among the last cases, from " + firstRead + ", wrote (-Dfuzz.seed=" + seed + ")");
            }
        }
        Duration took = Duration.between(start, Instant.now());
        System.out.printf("Fuzzed %d cases (seed %d) in %d s: statuses %s%n", cases, seed, took.toSeconds(),
                new TreeMap<>(perStatus));

        assertThat(failures).as("%d of %d cases failed with -Dfuzz.seed=%d (first %d shown)", failed, cases, seed,
                FAILURES_SHOWN).isEmpty();
        assertThat(perOperation.keySet()).as("every operation of the document was fuzzed")
                .containsExactlyInAnyOrderElementsOf(operations.stream().map(o -> o.id).toList());
        assertThat(perOperation).as("operations fuzzed, operations in the document")
                .hasSize(Operation.count(document));
        assertThat(perOperation.values().stream().mapToInt(Integer::intValue).sum()).as("cases run")
                .isEqualTo(cases).isGreaterThanOrEqualTo(MINIMUM_CASES);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The oracle

    private List<String> check(Operation operation, Request request, RawHttp.Response response) {
        List<String> wrong = new ArrayList<>();
        int status = response.status();
        String body = response.text();
        if (status == 400 && body.isEmpty() && !isUri(request.target)) {
            // Quarkus answers a URI that java.net.URI cannot parse with a bare 400 before any route (see README).
            return wrong;
        }
        boolean error = status >= 400;
        if (status >= 500) {
            boolean deliberate = status == 503 && operation.stream
                    && body.contains("\"type\":\"" + ProblemType.SERVICE_UNAVAILABLE.uri() + "\"")
                    && response.header("retry-after") != null;
            if (!deliberate) {
                wrong.add("a " + status);
            }
        }
        if (error) {
            String type = response.header("content-type");
            if (type == null || !type.startsWith("application/problem+json")) {
                wrong.add("a " + status + " that is not application/problem+json but " + type);
            } else {
                try {
                    JsonNode problem = json.readTree(body);
                    if (!problem.path("type").isTextual() || !problem.path("title").isTextual()
                            || problem.path("status").asInt() != status) {
                        wrong.add("a problem without type, title or the right status");
                    }
                } catch (IOException e) {
                    wrong.add("a problem body that is not JSON");
                }
            }
            if (SQL.matcher(body).find()) {
                wrong.add("SQL in the answer");
            }
        }
        if (INTERNALS.matcher(body).find()) {
            wrong.add("Java internals in the answer");
        }
        return wrong;
    }

    private static boolean isUri(String target) {
        try {
            new URI(target);
            return true;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String snapshot(PreparedStatement written) throws Exception {
        try (ResultSet row = written.executeQuery()) {
            row.next();
            StringBuilder state = new StringBuilder();
            for (int column = 1; column <= row.getMetaData().getColumnCount(); column++) {
                state.append(row.getString(column)).append(' ');
            }
            return state.toString().trim();
        }
    }

    private static void record(List<String> failures, long seed, int index, Request request, String what) {
        if (failures.size() < FAILURES_SHOWN) {
            failures.add("case " + index + " (-Dfuzz.seed=" + seed + "): " + what + "\n  request: " + request);
        }
    }

    private static String abbreviate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length) + "… (" + text.length() + " chars)";
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Valid values: fixtures, tokens, cursors

    private void prepare() {
        for (String role : List.of("editor", "moderator", "admin")) {
            newToken(role);
        }
        Person author = fixtures.person("Fuzz Author", "Author, Fuzz", List.of("journalist"));
        Person subject = fixtures.person("Fuzz Subject", "Subject, Fuzz", List.of("astronaut"));
        Film film = fixtures.film("Fuzz Film", LocalDate.of(2023, 9, 15), List.of("drama"));
        fixtures.credit(film, subject, CreditKind.SUBJECT, null, 1);
        Article published = fixtures.article().title("Fuzz Published").publishedAt(Instant.parse("2023-09-16T00:00:00Z"))
                .author(author).about(subject).aboutFilms(film).tags("fuzz").create();
        Article draft = fixtures.article().title("Fuzz Draft").status(ArticleStatus.DRAFT).author(author).create();
        Comment approved = fixtures.comment(published, null, CommentStatus.APPROVED, "An approved comment");
        Comment reply = fixtures.comment(published, approved, CommentStatus.APPROVED, "A reply");
        Comment pending = fixtures.comment(published, null, CommentStatus.PENDING, "A pending comment");

        addWritable("articles", published.slug, draft.slug);
        addWritable("people", author.slug, subject.slug);
        addWritable("films", film.slug);
        addWritable("comments", approved.id.toString(), reply.id.toString(), pending.id.toString());
        add("articles", Examples.ARTICLE_SLUG, Examples.COMMENTED_ARTICLE_SLUG);
        add("people", Examples.PERSON_SLUG, Examples.AUTHOR_SLUG);
        add("films", Examples.FILM_SLUG);
        add("problems", Arrays.stream(ProblemType.values()).map(ProblemType::slug).toArray(String[]::new));
        for (int victim = 0; victim < 5; victim++) {
            addWritable("tokens", given().auth().oauth2(Tokens.ADMIN).contentType("application/json")
                    .body("{\"name\":\"fuzz victim\",\"role\":\"editor\"}").post("/api/v1/tokens").then()
                    .statusCode(201).extract().path("id").toString());
        }
        add("author", author.slug, Examples.AUTHOR_SLUG);
        add("person", subject.slug, Examples.PERSON_SLUG);
        add("film", film.slug, Examples.FILM_SLUG);
        add("tag", "fuzz", "interviews");
        add("role", "astronaut", "director", "journalist");
        add("genre", "drama");
        add("language", "en", "es");
        add("status", "draft", "scheduled", "published", "archived", "pending", "approved", "rejected", "spam");
        add("type", "article", "person", "film");
        add("types", "article", "person", "film", "comment", "article,film");
        add("after", "latest");

        // Each list's cursors: valid for it, another list's for the others.
        Map<String, String> lists = Map.of("/api/v1/articles", "-publishedAt", "/api/v1/people", "name",
                "/api/v1/films", "-releaseDate", "/api/v1/articles/" + published.slug + "/comments", "createdAt",
                "/api/v1/people/" + author.slug + "/articles", "-publishedAt",
                "/api/v1/people/" + subject.slug + "/films", "-releaseDate", "/api/v1/comments", "createdAt");
        lists.forEach((path, sort) -> {
            String cursor = given().auth().oauth2(Tokens.ADMIN).queryParam("size", 1).get(path).then().extract()
                    .path("meta.nextCursor");
            if (cursor != null) {
                add("cursor", cursor);
            }
        });
        String changes = given().get("/api/v1/changes?size=1").then().statusCode(200).extract()
                .path("meta.nextCursor");
        add("after", changes);
        add("Last-Event-ID", changes);
    }

    /** A token of this role for the fuzzer's requests, made again when a case revokes it. */
    private void newToken(String role) {
        var created = given().auth().oauth2(Tokens.ADMIN).contentType("application/json")
                .body("{\"name\":\"fuzz " + role + "\",\"role\":\"" + role + "\"}").post("/api/v1/tokens").then()
                .statusCode(201).extract().jsonPath();
        tokens.put(role, created.getString("token"));
        tokenIds.put(created.get("id").toString(), role);
    }

    /** Items the fuzzer made: writes may reach them, and reads too. */
    private void addWritable(String collection, String... values) {
        add(collection, values);
        List<String> list = writable.computeIfAbsent(collection, n -> new ArrayList<>());
        for (String value : values) {
            if (!list.contains(value)) {
                list.add(value);
            }
        }
    }

    private void add(String name, String... values) {
        List<String> list = valid.computeIfAbsent(name, n -> new ArrayList<>());
        for (String value : values) {
            if (value != null && !list.contains(value)) {
                list.add(value);
            }
        }
    }

    /**
     * A successful create gives a new valid slug or id; a revoked token of the fuzzer's is made again. Whether the
     * fuzzer wrote anything itself.
     */
    private boolean remember(Operation operation, Request request, RawHttp.Response response) {
        if (operation.id.equals("revokeToken")) {
            String path = request.target.split("\\?", 2)[0];
            String id = URLDecoder.decode(path.substring(path.lastIndexOf('/') + 1), StandardCharsets.UTF_8);
            String role = tokenIds.remove(id.strip());
            if (role != null) {
                newToken(role);
                return true;
            }
        }
        String location = response.header("location");
        if (location != null && request.method.equals("POST")) {
            String[] segments = URI.create(location).getPath().split("/");
            if (segments.length >= 5) {
                addWritable(segments[3], segments[4]);
            }
        }
        return false;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Generating a request

    record Request(String method, String target, List<Map.Entry<String, String>> headers, byte[] body) {

        @Override
        public String toString() {
            String headerLines = headers.stream().map(h -> h.getKey() + ": " + h.getValue())
                    .collect(Collectors.joining("\n    ", "\n    ", ""));
            String text = body == null ? "(none)"
                    : body.length > 4000 ? new String(body, 0, 4000, StandardCharsets.UTF_8) + "… (" + body.length
                            + " bytes)" : new String(body, StandardCharsets.UTF_8);
            return method + " " + target + headerLines + "\n    body: " + text;
        }
    }

    private Request generate(Operation operation, SplittableRandom random) throws Exception {
        String method = operation.method.toUpperCase(Locale.ROOT);
        List<Map.Entry<String, String>> headers = new ArrayList<>();

        // The path: each segment valid, or hostile.
        String path = operation.template;
        String collection = operation.template.split("/")[operation.template.startsWith("/api/") ? 3 : 1];
        String itemSlug = null;
        boolean write = !method.equals("GET");
        for (Parameter parameter : operation.path) {
            String value;
            if (chance(random, 0.7)) {
                // Writes only ever reach the fuzzer's own items: the seed content stays as other tests expect it.
                List<String> own = writable.getOrDefault(collection, List.of());
                value = Inputs.encode(!write ? validValue(collection, parameter, random)
                        : own.isEmpty() ? "fuzz-nothing" : pick(random, own), false);
                itemSlug = value;
            } else {
                UriValue hostile = Inputs.hostile(random);
                String encoded = hostile.encoded(random);
                value = pick(random, List.of(encoded, "..", ".", "%2e%2e", "a%2Fb", "..%2F..%2Fq%2Fopenapi", "%2F",
                        "0", "-1", "9223372036854775808", "1e3", "0x1", "%00", "%20", "%C0%AE%C0%AE",
                        "x".repeat(random.nextInt(100, 3000))));
                if (write && value.equals(encoded) && !hostile.raw() && isAnId(hostile.value())) {
                    value = "-1";
                }
            }
            path = path.replace("{" + parameter.name + "}", value);
        }

        // The query: declared parameters, valid or hostile, some repeated; unknown ones.
        List<String> query = new ArrayList<>();
        for (Parameter parameter : operation.query) {
            if (!chance(random, parameter.required ? 0.9 : 0.3)) {
                continue;
            }
            int repeats = parameter.array ? (chance(random, 0.05) ? random.nextInt(21, 26) : random.nextInt(1, 4))
                    : (chance(random, 0.08) ? 2 : 1);
            String name = chance(random, 0.8) ? Inputs.encode(parameter.name, false) : parameter.name;
            for (int r = 0; r < repeats; r++) {
                UriValue value = chance(random, 0.55) ? UriValue.plain(validValue(parameter.name, parameter, random))
                        : hostileFor(parameter, random);
                query.add(name + "=" + value.encoded(random));
            }
        }
        if (chance(random, 0.1)) {
            query.add(pick(random, List.of("unknown=1", "Page=1", "SIZE=1", "fields%5Bsecrets%5D=x", "page[size]=1",
                    "%zz=1", "=1", "a", "&", "include[]=author", "sort=", "q", "status=draft", "token=x",
                    "cursor=", "types=", "fields=", "x=" + "%41".repeat(500))));
        }
        String target = query.isEmpty() ? path : path + "?" + String.join("&", query);

        // Headers that matter.
        authorization(random, headers);
        if (chance(random, 0.25)) {
            headers.add(Map.entry("Accept", pick(random, List.of("application/json", "application/problem+json",
                    "*/*", "text/html", "application/xml", "text/event-stream", "garbage", "application/json;q=0",
                    "application/*", "image/png, */*;q=0.1", "application/json; charset=latin1", "", ";;;",
                    "application/json;q=abc", "text/*;q=1.5", "application/vnd.api+json", "a/b/c",
                    "application/json, text/event-stream;q=0.5"))));
        }
        if (operation.hasHeader("If-Match")) {
            ifMatch(operation, collection, itemSlug, random, headers);
        }
        if (operation.hasHeader("If-None-Match") && chance(random, 0.3)) {
            headers.add(Map.entry("If-None-Match", pick(random, List.of("*", "\"0\"", "W/\"0\"", "\"0\", \"1\"",
                    "garbage", "\"", "\"3-PXfplV-fR_rLRIG6Av4ucA\"", "", "\"" + "a".repeat(5000) + "\"",
                    "W/", ",,,", "\"a\" \"b\""))));
        }
        if (operation.hasHeader("If-Modified-Since") && chance(random, 0.3)) {
            headers.add(Map.entry("If-Modified-Since", pick(random, List.of("Tue, 24 Nov 2026 18:00:00 GMT",
                    "Sun, 06 Nov 1994 08:49:37 GMT", "Sunday, 06-Nov-94 08:49:37 GMT", "Sun Nov  6 08:49:37 1994",
                    "garbage", "0", "-1", "", "Fri, 31 Dec 9999 23:59:59 GMT", "Thu, 01 Jan 1970 00:00:00 GMT",
                    "Mon, 32 Foo 2023 25:61:61 GMT", "2023-09-16T00:00:00Z", "x".repeat(100)))));
        }
        if (operation.hasHeader("Idempotency-Key") && chance(random, 0.4)) {
            headers.add(Map.entry("Idempotency-Key",
                    pick(random, List.of(new UUID(random.nextLong(), random.nextLong()).toString(),
                            "fuzz-fixed-key", "", " ", "k".repeat(256), "k".repeat(255), "ключ", "a b", "a\tb", "\"quoted\"",
                            "😀", Long.toString(random.nextLong())))));
        }
        if (operation.hasHeader("Last-Event-ID") && chance(random, 0.5)) {
            headers.add(Map.entry("Last-Event-ID", chance(random, 0.3) ? validValue("Last-Event-ID", null, random)
                    : Inputs.badCursor(random, valid.getOrDefault("cursor", List.of()))));
        }
        if (chance(random, 0.08)) {
            headers.add(Map.entry("Origin", pick(random, List.of("https://front.example", "https://evil.example",
                    "null", "garbage", "", "https://front.example.evil.example", "file://"))));
        }
        if (chance(random, 0.08)) {
            headers.add(Map.entry("X-Request-Id",
                    pick(random, List.of(new UUID(random.nextLong(), random.nextLong()).toString(), "",
                            "r".repeat(1000), "<script>", "../../", "ключ", "a b c", "%00"))));
        }

        // The body: the documented examples, valid or broken.
        byte[] body = null;
        if (operation.bodyType != null && chance(random, 0.92)) {
            JsonNode example = prepared(operation, pick(random, operation.bodyExamples), random);
            body = Inputs.body(random, example, json);
            if (chance(random, 0.95)) {
                headers.add(Map.entry("Content-Type", chance(random, 0.8) ? operation.bodyType
                        : pick(random, List.of("application/json; charset=utf-8", "application/json; charset=latin1",
                                "application/json; charset=bogus", "application/json;", "text/plain",
                                "application/merge-patch+json", "application/json", "application/x-www-form-urlencoded",
                                "multipart/form-data; boundary=x", "///", "", "application/json; charset=UTF-16",
                                "application/problem+json", "*/*"))));
            }
        } else if (chance(random, 0.03)) {
            body = pick(random, List.of("{}", "garbage", "{\"a\":1}")).getBytes(StandardCharsets.UTF_8);
            if (chance(random, 0.5)) {
                headers.add(Map.entry("Content-Type", "application/json"));
            }
        }
        return new Request(method, target, headers, body);
    }

    /**
     * A documented body made usable: a fresh slug (so that creates can succeed), a real parent comment, and the
     * fuzzer's own people and films where the example names the seed's (which must show nothing new to other tests).
     */
    private JsonNode prepared(Operation operation, JsonNode example, SplittableRandom random) {
        JsonNode copy = example.deepCopy();
        ownReferences(copy, random);
        if (copy instanceof ObjectNode object) {
            if (object.has("slug") && chance(random, 0.7)) {
                object.put("slug", "fuzz-" + Long.toHexString(random.nextLong() & 0xFFFFFFFFL));
            }
            if (operation.id.equals("submitComment") && chance(random, 0.3)) {
                object.put("parentId", Long.parseLong(pick(random, valid.get("comments"))));
            }
        }
        return copy;
    }

    private void ownReferences(JsonNode node, SplittableRandom random) {
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                String kind = switch (field.getKey()) {
                    case "author", "person", "people" -> "people";
                    case "films" -> "films";
                    default -> null;
                };
                if (kind != null && field.getValue().isTextual()) {
                    field.setValue(json.getNodeFactory().textNode(pick(random, writable.get(kind))));
                } else if (kind != null && field.getValue() instanceof ArrayNode array) {
                    for (int i = 0; i < array.size(); i++) {
                        array.set(i, json.getNodeFactory().textNode(pick(random, writable.get(kind))));
                    }
                } else {
                    ownReferences(field.getValue(), random);
                }
            }
        } else if (node.isArray()) {
            node.forEach(element -> ownReferences(element, random));
        }
    }

    /** Whether a value would be read as the id of an existing item (the seed's among them): "1", "+2", " 017 ", "١٢". */
    private static boolean isAnId(String value) {
        String digits = value.strip();
        digits = digits.startsWith("+") ? digits.substring(1) : digits;
        if (digits.isEmpty() || !digits.chars().allMatch(Character::isDigit)) {
            return false;
        }
        try {
            return Long.parseLong(digits) > 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private String validValue(String name, Parameter parameter, SplittableRandom random) {
        List<String> values = valid.get(name);
        if (values != null && !values.isEmpty() && (parameter == null || parameter.examples.isEmpty()
                || chance(random, 0.6))) {
            return pick(random, values);
        }
        if (parameter != null && !parameter.examples.isEmpty()) {
            return pick(random, parameter.examples);
        }
        if (parameter != null && parameter.integer) {
            return Integer.toString(random.nextInt(Math.max(1, parameter.minimum), parameter.maximum + 1));
        }
        return "1";
    }

    private UriValue hostileFor(Parameter parameter, SplittableRandom random) {
        if (chance(random, 0.3)) {
            if (parameter.name.equals("cursor") || parameter.name.equals("after")) {
                return UriValue.plain(Inputs.badCursor(random, valid.getOrDefault("cursor", List.of())));
            }
            if (parameter.name.startsWith("fields") || parameter.name.equals("sort")
                    || parameter.name.equals("include")) {
                return UriValue.plain(pick(random, Inputs.NAMES));
            }
            if (parameter.integer) {
                return UriValue.plain(pick(random, Inputs.NUMBERS));
            }
        }
        return Inputs.hostile(random);
    }

    private void authorization(SplittableRandom random, List<Map.Entry<String, String>> headers) {
        int roll = random.nextInt(100);
        String value;
        if (roll < 25) {
            return;
        } else if (roll < 48) {
            value = "Bearer " + tokens.get("editor");
        } else if (roll < 68) {
            value = "Bearer " + tokens.get("moderator");
        } else if (roll < 90) {
            value = "Bearer " + tokens.get("admin");
        } else if (roll < 96) {
            value = "Bearer " + Tokens.ADMIN;
        } else {
            // Refused authentications count against the client's limit: few of them.
            value = pick(random, List.of("Bearer", "Bearer ", "Basic dXNlcjpwYXNz", "bearer " + tokens.get("admin"),
                    "Bearer  " + tokens.get("admin"), "Bearer " + tokens.get("admin") + " extra",
                    "Bearer unknown-" + random.nextInt(), "Bearer " + "t".repeat(5000), "Bearer ключ", "Digest x",
                    "Bearer %00", ""));
        }
        headers.add(Map.entry("Authorization", value));
    }

    private void ifMatch(Operation operation, String collection, String itemSlug, SplittableRandom random,
            List<Map.Entry<String, String>> headers) {
        int roll = random.nextInt(10);
        if (roll < 2) {
            return;
        }
        String value;
        if (roll < 5) {
            String current = itemSlug == null || collection.equals("comments") ? null
                    : given().auth().oauth2(Tokens.ADMIN).urlEncodingEnabled(false)
                            .get("/api/v1/" + collection + "/" + itemSlug).header("ETag");
            value = current != null ? current : pick(random, List.of("\"0\"", "\"1\"", "\"2\""));
        } else {
            value = pick(random, List.of("*", "W/\"0\"", "\"0\", \"1\"", "garbage", "\"", "\"-1\"", "\"0-abc\"",
                    "\"99999999999999999999\"", "\"9223372036854775807\"", "", "0", "\"1e3\"", "\"" + "9".repeat(400)
                            + "\"",
                    "\"0\" ,", "W/\"garbage", "\"NaN\"", "\" 0\""));
        }
        headers.add(Map.entry("If-Match", value));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The document

    record Parameter(String name, String in, boolean required, boolean array, boolean integer, int minimum,
            int maximum, List<String> examples) {
    }

    static final class Operation {

        private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options",
                "trace");

        final String id;
        final String method;
        final String template;
        final List<Parameter> path = new ArrayList<>();
        final List<Parameter> query = new ArrayList<>();
        final Set<String> headerNames = new HashSet<>();
        String bodyType;
        final List<JsonNode> bodyExamples = new ArrayList<>();
        final boolean stream;

        Operation(JsonNode document, String method, String template, JsonNode operation) {
            this.id = operation.path("operationId").asText();
            this.method = method;
            this.template = template;
            this.stream = operation.path("responses").path("200").path("content").has("text/event-stream");
            for (JsonNode reference : operation.path("parameters")) {
                JsonNode parameter = resolve(document, reference);
                JsonNode schema = resolve(document, parameter.path("schema"));
                List<String> examples = new ArrayList<>();
                JsonNode example = parameter.path("example");
                if (example.isArray()) {
                    example.forEach(e -> examples.add(e.asText()));
                } else if (!example.isMissingNode() && !example.isNull()) {
                    examples.add(example.asText());
                }
                parameter.path("examples").forEach(e -> examples.add(e.path("value").asText()));
                resolve(document, schema.path("items")).path("enum").forEach(e -> examples.add(e.asText()));
                schema.path("enum").forEach(e -> examples.add(e.asText()));
                Parameter parsed = new Parameter(parameter.path("name").asText(), parameter.path("in").asText(),
                        parameter.path("required").asBoolean(false), schema.path("type").asText().equals("array"),
                        schema.path("type").asText().equals("integer"), schema.path("minimum").asInt(0),
                        schema.path("maximum").asInt(1000), examples);
                switch (parsed.in()) {
                    case "path" -> path.add(parsed);
                    case "query" -> query.add(parsed);
                    case "header" -> headerNames.add(parsed.name().toLowerCase(Locale.ROOT));
                    default -> throw new IllegalStateException("A parameter in " + parsed.in() + " in " + id);
                }
            }
            JsonNode content = operation.path("requestBody").path("content");
            for (Iterator<Map.Entry<String, JsonNode>> types = content.fields(); types.hasNext();) {
                Map.Entry<String, JsonNode> type = types.next();
                bodyType = type.getKey();
                type.getValue().path("examples").forEach(e -> bodyExamples.add(resolve(document, e).path("value")));
                if (type.getValue().has("example")) {
                    bodyExamples.add(type.getValue().get("example"));
                }
            }
            if (bodyType != null && bodyExamples.isEmpty()) {
                throw new IllegalStateException(id + " documents no example body to fuzz from");
            }
        }

        boolean hasHeader(String name) {
            return headerNames.contains(name.toLowerCase(Locale.ROOT));
        }

        static List<Operation> all(JsonNode document) {
            List<Operation> operations = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext();) {
                Map.Entry<String, JsonNode> path = paths.next();
                for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext();) {
                    Map.Entry<String, JsonNode> method = methods.next();
                    if (METHODS.contains(method.getKey())) {
                        operations.add(new Operation(document, method.getKey(), path.getKey(), method.getValue()));
                    }
                }
            }
            return operations;
        }

        /** The operations in the document, counted on their own. */
        static int count(JsonNode document) {
            int count = 0;
            for (JsonNode path : document.path("paths")) {
                for (Iterator<String> names = path.fieldNames(); names.hasNext();) {
                    if (METHODS.contains(names.next())) {
                        count++;
                    }
                }
            }
            return count;
        }

        private static JsonNode resolve(JsonNode document, JsonNode node) {
            String reference = node.path("$ref").asText(null);
            if (reference == null) {
                return node;
            }
            JsonNode target = document;
            for (String part : reference.substring(2).split("/")) {
                target = target.path(part);
            }
            return resolve(document, target);
        }
    }
}
