package dev.contentapi.common.persistence;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.contentapi.support.Fixtures;
import dev.contentapi.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/** A renamed person or film keeps its old slug answering with a 301 to the new one. */
@QuarkusTest
class RenameRedirectsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/api/v1/people | {\"slug\":\"%s\",\"name\":\"Renamed\",\"sortName\":\"Renamed\"}",
            "/api/v1/films  | {\"slug\":\"%s\",\"title\":\"Renamed\"}" })
    void answersTheOldSlugWithAPermanentRedirect(String collection, String template) {
        String editor = Tokens.create("editor");
        String before = Fixtures.unique("before");
        String after = Fixtures.unique("after");
        given().auth().oauth2(editor).contentType("application/json").body(template.formatted(before))
                .post(collection).then().statusCode(201);
        given().auth().oauth2(editor).header("If-Match", "\"0\"").contentType("application/merge-patch+json")
                .body("{\"slug\":\"" + after + "\"}").patch(collection + "/" + before).then()
                .statusCode(200).body("data.slug", equalTo(after));

        given().redirects().follow(false).get(collection + "/" + before + "?fields=slug").then()
                .statusCode(301)
                .header("Location", equalTo(collection + "/" + after + "?fields=slug"));
        given().get(collection + "/" + before).then().statusCode(200).body("data.slug", equalTo(after));
        given().get(collection + "/" + Fixtures.unique("never")).then().statusCode(404);
    }
}
