package dev.contentapi.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The health endpoints a platform probes: alive, and ready only with its database. */
@QuarkusTest
class HealthTest {

    @Test
    void livenessIsUp() {
        given().get("/q/health/live").then()
                .statusCode(200)
                .header("Content-Type", startsWith("application/json"))
                .body("status", equalTo("UP"));
    }

    @Test
    void readinessIsUpAndChecksTheDatabase() {
        List<Map<String, Object>> checks = given().get("/q/health/ready").then()
                .statusCode(200)
                .header("Content-Type", startsWith("application/json"))
                .body("status", equalTo("UP"))
                .extract().jsonPath().getList("checks");
        Map<String, Object> database = checks.stream()
                .filter(check -> String.valueOf(check.get("name")).contains("Database"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no database check in " + checks));
        assertEquals("UP", database.get("status"), "database check: " + database);
        assertTrue(database.get("data") instanceof Map<?, ?>, "database check has data: " + database);
        assertEquals("UP", ((Map<?, ?>) database.get("data")).get("<default>"),
                "the default datasource is UP: " + database);
        checks.forEach(check -> assertEquals("UP", check.get("status"), "check " + check));
    }

    @Test
    void healthAsAWholeIsUp() {
        given().get("/q/health").then()
                .statusCode(200)
                .body("status", equalTo("UP"));
    }
}
