package dev.contentapi.common.error;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import dev.contentapi.support.BodyReadingResource;
import io.quarkus.test.junit.QuarkusTest;

/** The problems of operations that read a body, through a test-only operation that reads JSON. */
@QuarkusTest
class BodyProblemsTest {

    @Test
    void returns415ProblemForABodyInAnotherMediaType() {
        given().contentType("text/plain").body("hello").post(BodyReadingResource.PATH).then()
                .statusCode(415)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/unsupported-media-type"))
                .body("title", equalTo("Unsupported media type"))
                .body("status", equalTo(415))
                .body("instance", equalTo(BodyReadingResource.PATH));
    }

    @Test
    void returns400ProblemForABodyThatIsNotJson() {
        given().contentType("application/json").body("{\"title\": ").post(BodyReadingResource.PATH).then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/malformed-request"))
                .body("status", equalTo(400))
                .body("instance", equalTo(BodyReadingResource.PATH))
                .body(not(containsString("Jackson")))
                .body(not(containsString("com.fasterxml")));
    }

    @Test
    void returns400ProblemForAnEmptyBody() {
        given().contentType("application/json").post(BodyReadingResource.PATH).then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/malformed-request"))
                .body("detail", equalTo("The request could not be read."));
    }

    @Test
    void echoesAWellFormedBody() {
        given().contentType("application/json").body("{\"title\":\"José\"}").post(BodyReadingResource.PATH).then()
                .statusCode(200)
                .body("title", equalTo("José"));
    }
}
