package dev.contentapi.frontend;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * The example front end is served at / and /app/ with a Content-Security-Policy of its own (its own scripts, styles
 * and API calls only; nothing inline, nothing from elsewhere), and revalidated on every use; every other unknown path
 * is still a problem.
 */
@QuarkusTest
class FrontEndTest {

    private static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' https:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    @ParameterizedTest
    @ValueSource(strings = { "/", "/index.html" })
    void servesThePageWithItsOwnSecurityPolicy(String path) {
        String page = frontEnd(given().accept("text/html").get(path).then(), "text/html")
                .body(containsString("<html lang=\"en\">"))
                .body(containsString("<script type=\"module\" src=\"/app/main.js\"></script>"))
                .extract().asString();
        Matcher references = Pattern.compile("(?:src|href)=\"([^\"]*)\"").matcher(page);
        while (references.find()) {
            String reference = references.group(1);
            if (!reference.startsWith("/") && !reference.startsWith("#")) {
                throw new AssertionError("the page refers to something not on this server: " + reference);
            }
        }
        assertFalse(page.contains("<script>") || page.contains(" style="),
                "no inline script or style");
    }

    @ParameterizedTest
    @CsvSource({ "/app/main.js, text/javascript", "/app/api.js, text/javascript", "/app/dom.js, text/javascript",
            "/app/style.css, text/css", "/app/icon.svg, image/svg+xml" })
    void servesItsFiles(String path, String type) {
        frontEnd(given().get(path).then(), type);
    }

    @Test
    void answersRevalidationsWithNotModified() {
        String lastModified = given().get("/app/main.js").then().statusCode(200).extract().header("Last-Modified");
        given().header("If-Modified-Since", lastModified).get("/app/main.js").then().statusCode(304);
    }

    @ParameterizedTest
    @ValueSource(strings = { "/app/nothing.js", "/index.htm", "/articles", "/app" })
    void answersOtherPathsWithProblems(String path) {
        given().get(path).then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/not-found"))
                .body("instance", equalTo(path));
    }

    @Test
    void leavesTheApiToItsOwnHeaders() {
        given().get("/api/v1/articles").then()
                .statusCode(200)
                .header("Content-Security-Policy", not(equalTo(POLICY)));
    }

    private static ValidatableResponse frontEnd(ValidatableResponse response, String type) {
        // One policy only: a second one (say, a stricter one for every path) would apply as well and break the page.
        assertEquals(List.of(POLICY), response.extract().headers().getValues("Content-Security-Policy"));
        return response.statusCode(200)
                .header("Content-Type", startsWith(type))
                .header("Content-Security-Policy", equalTo(POLICY))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Cache-Control", equalTo("no-cache"))
                .header("Last-Modified", notNullValue());
    }
}
