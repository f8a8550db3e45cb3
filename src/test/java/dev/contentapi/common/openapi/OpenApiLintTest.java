package dev.contentapi.common.openapi;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.contentapi.support.NodeProject;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The document the API serves passes two linters, as CI runs them: Spectral, with its OpenAPI rules and the OWASP API
 * Security Top 10 ruleset ({@code src/test/openapi/.spectral.yaml}), failing on any error or warning; and Redocly's
 * recommended rules, all of them as errors ({@code src/test/openapi/redocly.yaml}). A rule that does not fit this API
 * is waived in those files, each with its reason (listed in README, "The OpenAPI contract"). Versions are exact,
 * locked in {@code src/test/openapi/package-lock.json}.
 */
@QuarkusTest
class OpenApiLintTest {

    private static final Duration LINT_TIME = Duration.ofMinutes(3);
    /** Redocly and Scarf ask the network to count uses; a build does not. */
    private static final Map<String, String> QUIET = Map.of("REDOCLY_TELEMETRY", "off",
            "REDOCLY_SUPPRESS_UPDATE_NOTICE", "true", "SCARF_ANALYTICS", "false", "DO_NOT_TRACK", "1");

    @Test
    void servedDocumentPassesSpectralWithTheOwaspRulesetAndRedocly() throws IOException {
        NodeProject lint = NodeProject.at("src/test/openapi").install();
        Path document = Path.of("target", "openapi", "openapi.json").toAbsolutePath();
        Files.createDirectories(document.getParent());
        Files.writeString(document, given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().asString());

        String spectral = lint.node("spectral", LINT_TIME, QUIET, "node_modules/@stoplight/spectral-cli/dist/index.js",
                "lint", "--ruleset", ".spectral.yaml", "--fail-severity", "warn", "--format", "text",
                document.toString());
        String redocly = lint.node("redocly", LINT_TIME, QUIET, "node_modules/@redocly/cli/bin/cli.js", "lint",
                "--config", "redocly.yaml", document.toString());

        assertThat(spectral).contains("No results with a severity of 'warn' or higher found!");
        assertThat(redocly).contains("Woohoo! Your API description is valid.");
    }
}
