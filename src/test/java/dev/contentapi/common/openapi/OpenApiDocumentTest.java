package dev.contentapi.common.openapi;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.reflect.Method;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.contentapi.article.Article;
import dev.contentapi.article.ArticleResource;
import dev.contentapi.change.ChangeResource;
import dev.contentapi.comment.ArticleCommentsResource;
import dev.contentapi.comment.CommentResource;
import dev.contentapi.common.http.MergePatch;
import dev.contentapi.film.FilmResource;
import dev.contentapi.person.PersonResource;
import dev.contentapi.search.SearchResource;
import dev.contentapi.support.Fixtures;
import dev.contentapi.support.Tokens;
import dev.contentapi.token.TokenResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The OpenAPI document describes the API completely: info, tags with descriptions, an id, summary, description and tag
 * on every operation, every error as an RFC 9457 problem, and examples of every request body and answer. Clients are
 * generated from it (their function names are the operation ids), and Swagger UI fills "Try it out" with its parameter
 * examples, so these must work as they are.
 */
@QuarkusTest
class OpenApiDocumentTest {

    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch",
            "trace");
    private static final String RESPONSES = "#/components/responses/";
    private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";

    /** Each operation under /api/v1 as "METHOD path", with its operationId (the Java method name) and tag. */
    private static final Map<String, List<String>> OPERATIONS = Map.ofEntries(
            Map.entry("GET /api/v1/articles", List.of("listArticles", "Articles")),
            Map.entry("GET /api/v1/articles/{slug}", List.of("getArticle", "Articles")),
            Map.entry("GET /api/v1/articles/{slug}/comments", List.of("listArticleComments", "Comments")),
            Map.entry("GET /api/v1/comments/{id}", List.of("getComment", "Comments")),
            Map.entry("GET /api/v1/people", List.of("listPeople", "People")),
            Map.entry("GET /api/v1/people/{slug}", List.of("getPerson", "People")),
            Map.entry("GET /api/v1/people/{slug}/films", List.of("listPersonFilms", "People")),
            Map.entry("GET /api/v1/people/{slug}/articles", List.of("listPersonArticles", "People")),
            Map.entry("GET /api/v1/films", List.of("listFilms", "Films")),
            Map.entry("GET /api/v1/films/{slug}", List.of("getFilm", "Films")),
            Map.entry("GET /api/v1/search", List.of("search", "Search")),
            Map.entry("POST /api/v1/tokens", List.of("createToken", "Tokens")),
            Map.entry("GET /api/v1/tokens", List.of("listTokens", "Tokens")),
            Map.entry("GET /api/v1/tokens/{id}", List.of("getToken", "Tokens")),
            Map.entry("DELETE /api/v1/tokens/{id}", List.of("revokeToken", "Tokens")),
            Map.entry("POST /api/v1/articles", List.of("createArticle", "Articles")),
            Map.entry("PUT /api/v1/articles/{slug}", List.of("replaceArticle", "Articles")),
            Map.entry("PATCH /api/v1/articles/{slug}", List.of("patchArticle", "Articles")),
            Map.entry("DELETE /api/v1/articles/{slug}", List.of("deleteArticle", "Articles")),
            Map.entry("POST /api/v1/articles/{slug}/publish", List.of("publishArticle", "Articles")),
            Map.entry("POST /api/v1/articles/{slug}/unpublish", List.of("unpublishArticle", "Articles")),
            Map.entry("POST /api/v1/articles/{slug}/archive", List.of("archiveArticle", "Articles")),
            Map.entry("POST /api/v1/articles/{slug}/comments", List.of("submitComment", "Comments")),
            Map.entry("GET /api/v1/comments", List.of("listComments", "Comments")),
            Map.entry("PATCH /api/v1/comments/{id}", List.of("moderateComment", "Comments")),
            Map.entry("DELETE /api/v1/comments/{id}", List.of("deleteComment", "Comments")),
            Map.entry("POST /api/v1/people", List.of("createPerson", "People")),
            Map.entry("PUT /api/v1/people/{slug}", List.of("replacePerson", "People")),
            Map.entry("PATCH /api/v1/people/{slug}", List.of("patchPerson", "People")),
            Map.entry("DELETE /api/v1/people/{slug}", List.of("deletePerson", "People")),
            Map.entry("POST /api/v1/films", List.of("createFilm", "Films")),
            Map.entry("PUT /api/v1/films/{slug}", List.of("replaceFilm", "Films")),
            Map.entry("PATCH /api/v1/films/{slug}", List.of("patchFilm", "Films")),
            Map.entry("DELETE /api/v1/films/{slug}", List.of("deleteFilm", "Films")),
            Map.entry("GET /api/v1/changes", List.of("listChanges", "Changes")),
            Map.entry("GET /api/v1/changes/stream", List.of("streamChanges", "Changes")));

    private static JsonNode document;

    @Inject
    Fixtures fixtures;

    private record Operation(String method, String path, JsonNode node) {

        String key() {
            return method.toUpperCase() + " " + path;
        }
    }

    /** The document, read once (REST Assured points at the test server only once the first test runs). */
    private static JsonNode document() {
        if (document == null) {
            String json = given().queryParam("format", "json").get("/q/openapi").then()
                    .statusCode(200)
                    .header("Content-Type", startsWith("application/json"))
                    .extract().asString();
            try {
                document = new ObjectMapper().readTree(json);
            } catch (java.io.IOException e) {
                throw new AssertionError("/q/openapi?format=json is not JSON", e);
            }
        }
        return document;
    }

    /** Every operation in the document whose path starts with the prefix. */
    private static List<Operation> operations(String prefix) {
        List<Operation> operations = new ArrayList<>();
        document().path("paths").fields().forEachRemaining(path -> {
            if (path.getKey().startsWith(prefix)) {
                path.getValue().fields().forEachRemaining(method -> {
                    if (HTTP_METHODS.contains(method.getKey())) {
                        operations.add(new Operation(method.getKey(), path.getKey(), method.getValue()));
                    }
                });
            }
        });
        return operations;
    }

    private static List<Operation> apiOperations() {
        List<Operation> operations = operations("/api/v1/");
        assertFalse(operations.isEmpty(), "no operation under /api/v1 in the document");
        return operations;
    }

    private static List<String> names(JsonNode array) {
        List<String> names = new ArrayList<>();
        array.forEach(item -> names.add(item.asText()));
        return names;
    }

    @Test
    void describesTheApiInInfo() {
        JsonNode info = document().path("info");
        assertAll(
                () -> assertEquals("Content API", info.path("title").asText()),
                () -> assertEquals("1.0.0", info.path("version").asText()),
                () -> assertTrue(info.path("description").asText().contains("RFC 9457"),
                        "description: " + info.path("description")),
                () -> assertFalse(info.path("description").asText().isBlank(), "description"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "Articles", "People", "Films", "Comments", "Search", "Tokens", "Changes" })
    void describesEachTag(String name) {
        List<JsonNode> tags = new ArrayList<>();
        document().path("tags").forEach(tag -> {
            if (tag.path("name").asText().equals(name)) {
                tags.add(tag);
            }
        });
        assertEquals(1, tags.size(), "tag " + name + " declared once in " + document().path("tags"));
        assertFalse(tags.get(0).path("description").asText().isBlank(), "tag " + name + " has a description");
    }

    @Test
    void listsExactlyTheApiOperationsWithTheJavaMethodNameAsOperationId() {
        Map<String, String> found = new TreeMap<>();
        for (Operation operation : apiOperations()) {
            found.put(operation.key(), operation.node().path("operationId").asText(null));
        }
        Map<String, String> expected = new TreeMap<>();
        OPERATIONS.forEach((key, value) -> expected.put(key, value.get(0)));
        assertEquals(expected, found);
    }

    @Test
    void namesOperationsAfterTheResourceMethods() {
        Set<String> methods = Stream.of(ArticleResource.class, ArticleCommentsResource.class, CommentResource.class,
                PersonResource.class, FilmResource.class, SearchResource.class, TokenResource.class, ChangeResource.class)
                .flatMap(type -> Stream.of(type.getDeclaredMethods()))
                .filter(method -> Stream.of(method.getAnnotations())
                        .anyMatch(annotation -> annotation.annotationType().isAnnotationPresent(HttpMethod.class)))
                .map(Method::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> operationIds = apiOperations().stream()
                .map(operation -> operation.node().path("operationId").asText(""))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(methods, operationIds);
    }

    @Test
    void givesEveryApiOperationASummaryAndADeclaredTag() {
        Set<String> declared = new TreeSet<>();
        document().path("tags").forEach(tag -> declared.add(tag.path("name").asText()));
        for (Operation operation : apiOperations()) {
            JsonNode node = operation.node();
            List<String> tags = names(node.path("tags"));
            assertAll(operation.key(),
                    () -> assertFalse(node.path("summary").asText("").isBlank(), "summary"),
                    () -> assertFalse(tags.isEmpty(), "tags"),
                    () -> assertTrue(declared.containsAll(tags), "tags " + tags + " declared in " + declared),
                    () -> assertEquals(List.of(OPERATIONS.get(operation.key()).get(1)), tags, "tag"));
        }
    }

    @Test
    void answersEveryErrorOfEveryOperationAsAProblem() {
        JsonNode problem = document().path("components").path("schemas").path("Problem");
        assertEquals(List.of("type", "title", "status"), names(problem.path("required")), "Problem schema");
        assertTrue(problem.path("properties").has("errors"), "Problem schema has errors[]");

        List<Operation> operations = new ArrayList<>(apiOperations());
        operations.addAll(operations("/problems"));
        int errors = 0;
        for (Operation operation : operations) {
            Iterator<Map.Entry<String, JsonNode>> responses = operation.node().path("responses").fields();
            while (responses.hasNext()) {
                Map.Entry<String, JsonNode> response = responses.next();
                if (!response.getKey().startsWith("4") && !response.getKey().startsWith("5")) {
                    continue;
                }
                errors++;
                String where = operation.key() + " " + response.getKey();
                String ref = response.getValue().path("$ref").asText("");
                if (!ref.startsWith(RESPONSES)) {
                    fail(where + " is not a reference to " + RESPONSES + "…: " + response.getValue());
                }
                JsonNode resolved = document().path("components").path("responses")
                        .path(ref.substring(RESPONSES.length()));
                assertFalse(resolved.isMissingNode(), where + ": " + ref + " does not resolve");
                JsonNode content = resolved.path("content");
                assertEquals(List.of("application/problem+json"), fieldNames(content), where + " media types");
                assertEquals(PROBLEM_SCHEMA, content.path("application/problem+json").path("schema").path("$ref")
                        .asText(), where + " schema");
                assertFalse(resolved.path("description").asText("").isBlank(), where + " description");
            }
        }
        assertTrue(errors > 0, "no error response in the document");
    }

    @Test
    void declaresTheErrorsEachApiOperationCanAnswer() {
        for (Operation operation : apiOperations()) {
            JsonNode responses = operation.node().path("responses");
            List<String> in = new ArrayList<>();
            operation.node().path("parameters").forEach(parameter -> in.add(parameter.path("in").asText()));
            boolean body = operation.node().has("requestBody");
            List<String> headers = new ArrayList<>();
            operation.node().path("parameters").forEach(parameter -> {
                if (parameter.path("in").asText().equals("header")) {
                    headers.add(parameter.path("name").asText());
                }
            });
            boolean ifMatch = headers.contains("If-Match");
            assertAll(operation.key(),
                    () -> assertTrue(responses.has("200") || responses.has("201") || responses.has("204"), "2xx"),
                    () -> assertEquals(!in.isEmpty() || body, responses.has("400"),
                            "400 when it takes parameters or a body"),
                    () -> assertEquals(in.contains("path"), responses.has("404"), "404 when it has a path parameter"),
                    () -> assertTrue(responses.has("401"), "401: a token sent is checked on every operation"),
                    () -> assertTrue(responses.has("403"), "403: a role that may not, or an origin CORS refuses"),
                    () -> assertTrue(responses.has("429"), "429: too many unknown tokens are refused everywhere"),
                    () -> assertEquals(body, responses.has("415"), "415 when it reads a body"),
                    () -> assertEquals(body, responses.has("422"), "422 when it reads a body"),
                    () -> assertEquals(ifMatch, responses.has("412"), "412 when it takes If-Match"),
                    () -> assertEquals(ifMatch, responses.has("428"), "428 when it takes If-Match"),
                    () -> assertEquals(body, responses.has("413"), "413 when it reads a body"),
                    () -> assertTrue(responses.has("406"), "406"),
                    () -> assertTrue(responses.has("414"), "414"),
                    () -> assertTrue(responses.has("431"), "431"),
                    () -> assertTrue(responses.has("500"), "500"),
                    () -> assertTrue(responses.has("503"), "503: every operation may meet an unavailable database"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "getArticle", "listArticles", "getPerson", "getFilm", "listArticleComments", "search",
            "listChanges" })
    void showsAnExampleOfTheMainAnswers(String operationId) throws Exception {
        Operation operation = apiOperations().stream()
                .filter(candidate -> candidate.node().path("operationId").asText().equals(operationId))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no operation " + operationId));
        JsonNode json = operation.node().path("responses").path("200").path("content").path("application/json");
        assertFalse(json.isMissingNode(), operationId + " 200 has no application/json content");
        List<JsonNode> examples = new ArrayList<>();
        json.path("examples").forEach(example -> examples.add(example.path("value")));
        if (json.has("example")) {
            examples.add(json.path("example"));
        }
        assertFalse(examples.isEmpty(), operationId + " 200 has no example");
        for (JsonNode example : examples) {
            JsonNode body = example.isTextual() ? new ObjectMapper().readTree(example.asText()) : example;
            assertTrue(body.has("data"), operationId + " example is a document with data: " + example);
        }
    }

    @Test
    void describesEveryOperationForGeneratedClients() {
        Set<String> ids = new TreeSet<>();
        for (Operation operation : documentedOperations()) {
            JsonNode node = operation.node();
            String id = node.path("operationId").asText("");
            String summary = node.path("summary").asText("");
            String description = node.path("description").asText("");
            assertAll(operation.key(),
                    () -> assertTrue(id.matches("[a-z][A-Za-z0-9]*"), "operationId is a camelCase name: '" + id + "'"),
                    () -> assertTrue(ids.add(id), "operationId " + id + " is unique"),
                    () -> assertFalse(summary.isBlank(), "summary"),
                    () -> assertFalse(description.isBlank(), "description"),
                    () -> assertNotEquals(summary, description, "description says more than the summary"));
        }
    }

    @Test
    void showsAnExampleOfEveryRequestBodyAndEveryAnswer() {
        List<String> missing = new ArrayList<>();
        for (Operation operation : documentedOperations()) {
            operation.node().path("requestBody").path("content").fields().forEachRemaining(media -> {
                if (!hasExample(media.getValue())) {
                    missing.add(operation.key() + " request body " + media.getKey());
                }
            });
            operation.node().path("responses").fields().forEachRemaining(response -> {
                if (response.getKey().startsWith("2")) {
                    response.getValue().path("content").fields().forEachRemaining(media -> {
                        if (!hasExample(media.getValue())) {
                            missing.add(operation.key() + " " + response.getKey() + " " + media.getKey());
                        }
                    });
                }
            });
            if (operation.node().findParents("example").isEmpty() && operation.node().findParents("examples").isEmpty()) {
                missing.add(operation.key() + " has no example at all");
            }
        }
        assertEquals(List.of(), missing, "without an example");
    }

    @Test
    void givesEveryRequiredParameterAnExampleOfItsType() {
        List<String> wrong = new ArrayList<>();
        for (Operation operation : documentedOperations()) {
            for (JsonNode parameter : parameters(operation)) {
                String where = operation.key() + " " + parameter.path("name").asText();
                if (parameter.path("required").asBoolean(false) && !parameter.has("example")) {
                    wrong.add(where + ": required, without an example");
                } else if (parameter.has("example")) {
                    String misfit = misfit(parameter.path("example"), parameter.path("schema"));
                    if (misfit != null) {
                        wrong.add(where + ": " + misfit);
                    }
                }
            }
        }
        assertEquals(List.of(), wrong, "parameter examples");
    }

    /**
     * What "Try it out" does in Swagger UI: every parameter filled with its example, then Execute. Every public read
     * answers that with what it promises, lists with at least one item (the seed content).
     */
    @Test
    void answersEveryPublicReadTriedWithItsExamples() {
        List<String> failures = new ArrayList<>();
        int tried = 0;
        for (Operation operation : documentedOperations()) {
            if (!operation.method().equals("get") || !operation.node().path("security").isEmpty()
                    || operation.node().path("responses").path("200").path("content").has("text/event-stream")) {
                continue; // a stream never ends: change/ChangeStreamTest reads it
            }
            tried++;
            RequestSpecification request = given().urlEncodingEnabled(true);
            String path = operation.path();
            for (JsonNode parameter : parameters(operation)) {
                JsonNode example = parameter.path("example");
                if (example.isMissingNode()) {
                    continue;
                }
                String name = parameter.path("name").asText();
                switch (parameter.path("in").asText()) {
                    case "path" -> path = path.replace("{" + name + "}", example.asText());
                    case "query" -> {
                        if (example.isArray()) {
                            example.forEach(value -> request.queryParam(name, value.asText()));
                        } else {
                            request.queryParam(name, example.asText());
                        }
                    }
                    case "header" -> request.header(name, example.asText());
                    default -> fail(operation.key() + ": parameter " + name + " in " + parameter.path("in"));
                }
            }
            Response response = request.get(path);
            String body = response.asString();
            if (response.statusCode() != 200) {
                failures.add(operation.key() + " answered " + response.statusCode() + ": " + body);
                continue;
            }
            JsonNode json = readJson(body);
            JsonNode content = json.has("data") ? json.path("data") : json;
            // The change feed's example starts from the latest change: an empty page until something changes.
            boolean mayBeEmpty = operation.path().startsWith("/api/v1/changes");
            if (!mayBeEmpty && (content.isNull() || content.isEmpty())) {
                failures.add(operation.key() + " answered nothing: " + body);
            }
        }
        assertTrue(tried > 10, "public reads tried: " + tried);
        assertEquals(List.of(), failures);
    }

    /**
     * Swagger UI fills "Try it out" with the request body examples: as an admin sends them, each is accepted. The items
     * made are deleted again; the comment goes to an article of this test, not to the seed article.
     */
    @Test
    void acceptsEveryRequestBodyExample() {
        for (String collection : List.of("/api/v1/articles", "/api/v1/people", "/api/v1/films")) {
            Response created = asAdmin("application/json").body(requestExample("POST " + collection))
                    .post(collection);
            assertEquals(201, created.statusCode(), "POST " + collection + ": " + created.asString());
            String item = created.header("Location").replaceFirst("^https?://[^/]+", "");
            String etag = created.header("ETag");
            Response patched = asAdmin(MergePatch.MEDIA_TYPE).header("If-Match", etag)
                    .body(requestExample("PATCH " + collection + "/{slug}")).patch(item);
            assertEquals(200, patched.statusCode(), "PATCH " + item + ": " + patched.asString());
            Response replaced = asAdmin("application/json").header("If-Match", patched.header("ETag"))
                    .body(requestExample("PUT " + collection + "/{slug}")).put(item);
            assertEquals(200, replaced.statusCode(), "PUT " + item + ": " + replaced.asString());
            asAdmin("application/json").header("If-Match", replaced.header("ETag")).delete(item).then()
                    .statusCode(204);
        }

        Response token = asAdmin("application/json").body(requestExample("POST /api/v1/tokens")).post("/api/v1/tokens");
        assertEquals(201, token.statusCode(), "POST /api/v1/tokens: " + token.asString());
        asAdmin("application/json").delete("/api/v1/tokens/" + token.path("id")).then().statusCode(204);

        Article article = fixtures.published(Fixtures.unique("Examples"), Instant.now());
        Response comment = given().contentType("application/json")
                .body(requestExample("POST /api/v1/articles/{slug}/comments"))
                .post("/api/v1/articles/" + article.slug + "/comments");
        assertEquals(201, comment.statusCode(), "POST comment: " + comment.asString());
        Response moderated = asAdmin(MergePatch.MEDIA_TYPE).header("If-Match", "\"0\"")
                .body(requestExample("PATCH /api/v1/comments/{id}")).patch("/api/v1/comments/" + comment.path("id"));
        assertEquals(200, moderated.statusCode(), "PATCH comment: " + moderated.asString());
    }

    @ParameterizedTest
    @ValueSource(strings = { "/q/swagger-ui/", "/q/swagger-ui/index.html" })
    void servesSwaggerUi(String path) {
        given().accept("text/html").get(path).then()
                .statusCode(200)
                .header("Content-Type", startsWith("text/html"))
                .body(containsString("<html"), containsString("swagger"));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** The operations a generated client has a function for: the API's, and the problem types. */
    private static List<Operation> documentedOperations() {
        List<Operation> operations = new ArrayList<>(apiOperations());
        operations.addAll(operations("/problems"));
        return operations;
    }

    /** The operation's parameters, those declared once under components (such as If-None-Match) resolved. */
    private static List<JsonNode> parameters(Operation operation) {
        List<JsonNode> parameters = new ArrayList<>();
        for (JsonNode parameter : operation.node().path("parameters")) {
            String ref = parameter.path("$ref").asText("");
            parameters.add(ref.startsWith("#/components/parameters/")
                    ? document().path("components").path("parameters")
                            .path(ref.substring("#/components/parameters/".length()))
                    : parameter);
        }
        return parameters;
    }

    private static boolean hasExample(JsonNode media) {
        return media.has("example") || !media.path("examples").isEmpty();
    }

    /** Why the example is not a value of the schema's type (Swagger UI parses an array parameter's as JSON), or null. */
    private static String misfit(JsonNode example, JsonNode schema) {
        JsonNode resolved = resolve(schema);
        switch (resolved.path("type").asText("")) {
            case "array" -> {
                if (!example.isArray()) {
                    return "example " + example + " is not an array";
                }
                for (JsonNode item : example) {
                    String misfit = misfit(item, resolved.path("items"));
                    if (misfit != null) {
                        return misfit;
                    }
                }
                return null;
            }
            case "integer" -> {
                return example.isIntegralNumber() || example.asText().matches("-?\\d+") ? null
                        : "example " + example + " is not an integer";
            }
            case "string" -> {
                List<String> allowed = names(resolved.path("enum"));
                if (!example.isTextual()) {
                    return "example " + example + " is not a string";
                }
                return allowed.isEmpty() || allowed.contains(example.asText()) ? null
                        : "example " + example + " is not one of " + allowed;
            }
            default -> {
                return "schema of unexpected type: " + schema;
            }
        }
    }

    private static JsonNode resolve(JsonNode schema) {
        String ref = schema.path("$ref").asText("");
        if (ref.startsWith("#/components/schemas/")) {
            return document().path("components").path("schemas").path(ref.substring("#/components/schemas/".length()));
        }
        return schema;
    }

    private static JsonNode readJson(String body) {
        try {
            return new ObjectMapper().readTree(body);
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }

    private static RequestSpecification asAdmin(String contentType) {
        return given().auth().oauth2(Tokens.ADMIN).contentType(contentType);
    }

    /** The first example of the operation's request body, as JSON. */
    private static String requestExample(String key) {
        Operation operation = documentedOperations().stream().filter(candidate -> candidate.key().equals(key))
                .findFirst().orElseThrow(() -> new AssertionError("no operation " + key));
        JsonNode media = operation.node().path("requestBody").path("content").elements().next();
        JsonNode example = media.has("example") ? media.path("example")
                : media.path("examples").elements().next().path("value");
        return example.isTextual() ? example.asText() : example.toString();
    }
}
