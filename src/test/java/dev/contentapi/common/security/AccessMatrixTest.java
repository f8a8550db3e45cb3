package dev.contentapi.common.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.contentapi.support.EventStream;
import dev.contentapi.support.Tokens;
import dev.contentapi.support.UnannotatedResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Deny by default, checked against the contract: every operation of the served OpenAPI document is called as
 * anonymous, editor, moderator and admin, and each answer must match the intended matrix below. An operation missing
 * from the matrix fails the test, so a new operation cannot ship without saying who may call it.
 */
@QuarkusTest
class AccessMatrixTest {

    private static final String ANONYMOUS = "anonymous";
    private static final Set<String> EVERYONE = Set.of(ANONYMOUS, Roles.EDITOR, Roles.MODERATOR, Roles.ADMIN);
    private static final Set<String> ADMINS = Set.of(Roles.ADMIN);
    private static final Set<String> EDITORS = Set.of(Roles.EDITOR, Roles.ADMIN);
    private static final Set<String> MODERATORS = Set.of(Roles.MODERATOR, Roles.ADMIN);

    /** operationId → the callers allowed. */
    private static final Map<String, Set<String>> MATRIX = Map.ofEntries(
            Map.entry("listArticles", EVERYONE), Map.entry("getArticle", EVERYONE),
            Map.entry("listArticleComments", EVERYONE), Map.entry("getComment", EVERYONE),
            Map.entry("listPeople", EVERYONE), Map.entry("getPerson", EVERYONE),
            Map.entry("listPersonFilms", EVERYONE), Map.entry("listPersonArticles", EVERYONE),
            Map.entry("listFilms", EVERYONE), Map.entry("getFilm", EVERYONE), Map.entry("search", EVERYONE),
            Map.entry("listProblemTypes", EVERYONE), Map.entry("getProblemType", EVERYONE),
            Map.entry("createToken", ADMINS), Map.entry("listTokens", ADMINS), Map.entry("getToken", ADMINS),
            Map.entry("revokeToken", ADMINS), Map.entry("createArticle", EDITORS),
            Map.entry("replaceArticle", EDITORS), Map.entry("patchArticle", EDITORS),
            Map.entry("deleteArticle", EDITORS), Map.entry("publishArticle", EDITORS),
            Map.entry("unpublishArticle", EDITORS), Map.entry("archiveArticle", EDITORS),
            Map.entry("submitComment", EVERYONE), Map.entry("listComments", MODERATORS),
            Map.entry("moderateComment", MODERATORS), Map.entry("deleteComment", MODERATORS),
            Map.entry("createPerson", EDITORS), Map.entry("replacePerson", EDITORS),
            Map.entry("patchPerson", EDITORS), Map.entry("deletePerson", EDITORS),
            Map.entry("createFilm", EDITORS), Map.entry("replaceFilm", EDITORS), Map.entry("patchFilm", EDITORS),
            Map.entry("deleteFilm", EDITORS), Map.entry("listChanges", EVERYONE),
            Map.entry("streamChanges", EVERYONE));

    /** Bodies for the operations that read one; changes of existing items go without If-Match, so change nothing. */
    private static final Map<String, String> BODIES = Map.ofEntries(
            Map.entry("createToken", "{\"name\":\"matrix\",\"role\":\"editor\"}"),
            Map.entry("createArticle", "{\"slug\":\"matrix-article\",\"title\":\"Matrix\",\"language\":\"en\"}"),
            Map.entry("replaceArticle", "{\"slug\":\"matrix-article\",\"title\":\"Matrix\",\"language\":\"en\"}"),
            Map.entry("patchArticle", "{\"title\":\"Matrix\"}"),
            Map.entry("createPerson", "{\"slug\":\"matrix-person\",\"name\":\"Matrix\",\"sortName\":\"Matrix\"}"),
            Map.entry("replacePerson", "{\"slug\":\"matrix-person\",\"name\":\"Matrix\",\"sortName\":\"Matrix\"}"),
            Map.entry("patchPerson", "{\"name\":\"Matrix\"}"),
            Map.entry("createFilm", "{\"slug\":\"matrix-film\",\"title\":\"Matrix\"}"),
            Map.entry("replaceFilm", "{\"slug\":\"matrix-film\",\"title\":\"Matrix\"}"),
            Map.entry("patchFilm", "{\"title\":\"Matrix\"}"),
            Map.entry("submitComment", "{\"authorName\":\"Matrix\",\"body\":\"Checking who may comment\"}"),
            Map.entry("moderateComment", "{\"status\":\"approved\"}"));

    @Test
    void everyOperationAnswersEachCallerAsIntended() throws Exception {
        Map<String, String> tokens = new HashMap<>();
        for (String role : List.of(Roles.EDITOR, Roles.MODERATOR, Roles.ADMIN)) {
            tokens.put(role, Tokens.create(role));
        }
        JsonNode document = new ObjectMapper().readTree(given().get("/q/openapi?format=json").asString());
        List<String> seen = new ArrayList<>();
        List<String> mismatches = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> operations = path.getValue().fields(); operations.hasNext();) {
                Map.Entry<String, JsonNode> entry = operations.next();
                JsonNode operation = entry.getValue();
                String id = operation.path("operationId").asText();
                seen.add(id);
                Set<String> allowed = MATRIX.get(id);
                if (allowed == null) {
                    mismatches.add(id + " is not in the access matrix");
                    continue;
                }
                for (String caller : EVERYONE) {
                    int status = call(entry.getKey(), path.getKey(), operation, tokens.get(caller));
                    int denied = caller.equals(ANONYMOUS) ? 401 : 403;
                    boolean ok = allowed.contains(caller) ? status != 401 && status != 403 && status < 500
                            : status == denied;
                    if (!ok) {
                        mismatches.add(id + " as " + caller + " answered " + status);
                    }
                }
            }
        }
        assertThat(mismatches).isEmpty();
        assertThat(seen).containsExactlyInAnyOrderElementsOf(MATRIX.keySet());
    }

    @Test
    void deniesAnOperationThatSaysNothingOfWhoMayCallIt() {
        given().get(UnannotatedResource.PATH).then().statusCode(401);
        given().auth().oauth2(Tokens.ADMIN).get(UnannotatedResource.PATH).then().statusCode(403);
    }

    @TestHTTPResource("/")
    URI root;

    /** Calls the operation with the examples the document gives for its parameters. */
    private int call(String method, String template, JsonNode operation, String token) {
        if (operation.path("responses").path("200").path("content").has("text/event-stream")) {
            // An endless stream: only its status, then the connection is closed.
            try (EventStream stream = EventStream.open(root.resolve(template),
                    token == null ? Map.of() : Map.of("Authorization", "Bearer " + token))) {
                return stream.status();
            }
        }
        return request(method, template, operation, token).statusCode();
    }

    private static Response request(String method, String template, JsonNode operation, String token) {
        RequestSpecification request = given();
        if (token != null) {
            request.auth().oauth2(token);
        }
        String path = template;
        for (JsonNode parameter : operation.path("parameters")) {
            String name = parameter.path("name").asText();
            String example = parameter.path("example").asText(null);
            if (parameter.path("in").asText().equals("path")) {
                if (path.startsWith("/api/v1/tokens") && method.equals("delete")) {
                    example = Integer.toString(given().auth().oauth2(Tokens.ADMIN).contentType("application/json")
                            .body("{\"name\":\"to revoke\",\"role\":\"editor\"}").post("/api/v1/tokens")
                            .then().extract().<Integer> path("id"));
                }
                path = path.replace("{" + name + "}", example);
            } else if (parameter.path("required").asBoolean(false)) {
                request.queryParam(name, example);
            }
        }
        String body = BODIES.get(operation.path("operationId").asText());
        if (body != null) {
            request.contentType(operation.path("requestBody").path("content").fieldNames().next()).body(body);
        }
        return request.request(method.toUpperCase(), path);
    }
}
