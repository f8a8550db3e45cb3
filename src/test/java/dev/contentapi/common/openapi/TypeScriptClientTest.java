package dev.contentapi.common.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.contentapi.article.Article;
import dev.contentapi.person.Person;
import dev.contentapi.support.Fixtures;
import dev.contentapi.support.NodeProject;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * The TypeScript client (src/main/typescript) is generated from the document this API serves, with openapi-typescript
 * from the npm registry, and its usage example compiles against it: every path, parameter, body and answer it uses
 * exists in the contract with that type, and mistakes such as an unknown parameter are compile errors (the example
 * holds {@code @ts-expect-error} lines that fail the check if the types stop catching them). The example front end
 * (plain JavaScript typed with JSDoc) is type-checked against the same types. Then the example runs against this API.
 */
@QuarkusTest
class TypeScriptClientTest {

    private static final Duration TOOL_TIME = Duration.ofMinutes(2);

    @Inject
    Fixtures fixtures;

    @Test
    void generatesATypedClientFromTheServedDocumentThatCompilesAndWorks() {
        NodeProject client = NodeProject.at("src/main/typescript").install();
        String api = "http://localhost:" + RestAssured.port;

        client.node("generate", TOOL_TIME, Map.of(), "node_modules/openapi-typescript/bin/cli.js",
                api + "/q/openapi?format=json", "--output", "generated/content-api.d.ts");
        client.node("type-check", TOOL_TIME, Map.of(), "node_modules/typescript/bin/tsc", "--noEmit");
        client.node("build", TOOL_TIME, Map.of(), "node_modules/typescript/bin/tsc", "--project",
                "tsconfig.build.json");

        Person author = fixtures.person("Typed Author", "Author, Typed");
        Article article = fixtures.article().title(Fixtures.unique("Typed article")).author(author)
                .publishedAt(Instant.now()).create();
        String output = client.node("example", TOOL_TIME, Map.of(), "dist/example.js", api, article.slug);

        assertThat(output)
                .contains("one article: " + article.title + ", by Typed Author")
                .containsPattern("comment \\d+: pending")
                .containsPattern("article: .+");
    }
}
