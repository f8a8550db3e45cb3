package dev.contentapi.common.error;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import dev.contentapi.support.SlowStatementResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * PostgreSQL cancels a statement of the API's connections that runs past the statement timeout
 * ({@code content.database.statement-timeout}, 5 s), and the request is answered with a 503 problem and
 * {@code Retry-After} instead of hanging; the connection serves the next request as usual.
 */
@QuarkusTest
class StatementTimeoutTest {

    @Test
    void answers503ProblemWhenAStatementRunsPastTheTimeout() {
        long start = System.nanoTime();
        given().get(SlowStatementResource.PATH).then()
                .statusCode(503)
                .header("Content-Type", startsWith(Problem.MEDIA_TYPE))
                .header("Retry-After", "5")
                .body("type", equalTo("/problems/service-unavailable"))
                .body("title", equalTo("Service unavailable"))
                .body("status", equalTo(503))
                .body("detail", equalTo(
                        "The database took too long to answer this request, so it was stopped; try again in 5 seconds."))
                .body("instance", equalTo(SlowStatementResource.PATH));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        System.out.printf("StatementTimeoutTest: a %d s statement was answered after %d ms%n",
                SlowStatementResource.SLEEP_SECONDS, took.toMillis());
        assertThat(took).as("cut off at the 5 s statement timeout, not after the 60 s the statement asks for")
                .isLessThan(Duration.ofSeconds(15));

        given().get("/api/v1/articles?size=1").then().statusCode(200);
        given().get("/problems/service-unavailable").then()
                .statusCode(200)
                .body("status", equalTo(503))
                .body("title", equalTo("Service unavailable"));
    }
}
