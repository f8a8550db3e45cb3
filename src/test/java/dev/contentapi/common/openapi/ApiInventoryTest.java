package dev.contentapi.common.openapi;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The inventory of the API is its OpenAPI document, and nothing answers that it does not list: every JAX-RS operation
 * of the application's classes is in the document and every operation of the document is one of them (the test-only
 * resources live on the test classpath, outside {@code /api}), and paths that APIs often leave behind (other versions,
 * admin and debug routes, framework consoles) are 404 problems. The packaged jar has no Dev UI
 * ({@code PackagedApplicationIT}).
 */
@QuarkusTest
class ApiInventoryTest {

    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options",
            "trace");

    @Test
    void servesExactlyTheOperationsTheDocumentLists() throws IOException {
        Set<String> served = new TreeSet<>();
        Path classes = Path.of("target", "classes");
        try (Stream<Path> files = Files.walk(classes.resolve("dev/contentapi"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                served.addAll(operationsOf(load(name)));
            }
        }
        assertThat(served).as("operations found in the classes").hasSizeGreaterThan(30);

        String json = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract()
                .asString();
        JsonNode paths = new ObjectMapper().readTree(json).path("paths");
        Set<String> documented = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> each = paths.fields(); each.hasNext();) {
            Map.Entry<String, JsonNode> path = each.next();
            path.getValue().fieldNames().forEachRemaining(method -> {
                if (HTTP_METHODS.contains(method)) {
                    documented.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
                }
            });
        }
        assertThat(served).isEqualTo(documented);
    }

    @Test
    void answersNothingOutsideTheDocument() {
        for (String path : List.of("/api", "/api/", "/api/v1", "/api/v0/articles", "/api/v2/articles", "/api/v1/users",
                "/api/v1/admin", "/api/v1/debug", "/api/v1/internal", "/api/v1/articles.json", "/api/v1/graphql",
                "/api/v1/comments/1/approve", "/api/v1/tokens/1/value", "/q/dev-ui", "/q/dev", "/q/arc",
                "/q/arc/beans", "/q/console", "/actuator", "/actuator/env", "/.env", "/.git/config", "/WEB-INF/web.xml",
                "/META-INF/MANIFEST.MF", "/application.properties", "/swagger.json", "/openapi.json")) {
            given().get(path).then()
                    .statusCode(404)
                    .body("type", equalTo("/problems/not-found"));
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, Thread.currentThread().getContextClassLoader());
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    /** "METHOD /path" of each resource method of a JAX-RS resource class, path parameters as {name}. */
    private static Set<String> operationsOf(Class<?> type) {
        Set<String> operations = new TreeSet<>();
        jakarta.ws.rs.Path root = type.getAnnotation(jakarta.ws.rs.Path.class);
        if (root == null) {
            return operations;
        }
        for (Method method : type.getDeclaredMethods()) {
            for (Annotation annotation : method.getAnnotations()) {
                jakarta.ws.rs.HttpMethod http = annotation.annotationType().getAnnotation(jakarta.ws.rs.HttpMethod.class);
                if (http != null) {
                    jakarta.ws.rs.Path sub = method.getAnnotation(jakarta.ws.rs.Path.class);
                    String path = join(root.value(), sub == null ? "" : sub.value());
                    operations.add(http.value() + " " + path.replaceAll("\\{(\\w+)\\s*:[^}]*}", "{$1}"));
                }
            }
        }
        return operations;
    }

    private static String join(String root, String sub) {
        String path = ("/" + root + "/" + sub).replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
