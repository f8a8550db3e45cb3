package dev.contentapi.common.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.contentapi.support.NodeProject;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * Swagger UI in a real browser (Debian's Chromium, headless, through playwright-core): "Try it out" and Execute on the
 * article list and on one article, with the parameters Swagger UI fills in from the document's examples, answer 200
 * with the seed content. The script is src/test/js/swagger-ui.mjs; its screenshots stay in target/browser-screenshots/.
 */
@QuarkusTest
class SwaggerUiBrowserTest {

    static final Path SCREENSHOTS = Path.of("target", "browser-screenshots").toAbsolutePath();

    @Test
    void triesTheArticleListAndOneArticleInSwaggerUi() {
        Path chromium = NodeProject.chromium();
        NodeProject browser = NodeProject.at("src/test/js").install();

        String output = browser.node("swagger-ui", Duration.ofMinutes(2), Map.of(
                "BASE_URL", "http://localhost:" + RestAssured.port,
                "SCREENSHOTS", SCREENSHOTS.toString(),
                "CHROMIUM_PATH", chromium.toString()), "swagger-ui.mjs");

        assertThat(output).contains("listArticles: 200 with \"A Million Miles Away\"",
                "getArticle: 200 with \"A Million Miles Away\"");
        assertThat(SCREENSHOTS.resolve("swagger-ui-listArticles.png")).isNotEmptyFile();
        assertThat(SCREENSHOTS.resolve("swagger-ui-getArticle.png")).isNotEmptyFile();
    }
}
