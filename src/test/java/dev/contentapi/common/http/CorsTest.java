package dev.contentapi.common.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/** Browsers on the configured origins (here https://front.example) may call the API and read its headers. */
@QuarkusTest
class CorsTest {

    private static final String ORIGIN = "https://front.example";

    @Test
    void answersAPreflightFromAnAllowedOrigin() {
        given().header("Origin", ORIGIN)
                .header("Access-Control-Request-Method", "PATCH")
                .header("Access-Control-Request-Headers", "authorization,content-type,if-match")
                .options("/api/v1/articles/some-article").then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(ORIGIN))
                .header("Access-Control-Allow-Methods", containsString("PATCH"))
                .header("Access-Control-Allow-Headers", containsString("If-Match"))
                .header("Access-Control-Max-Age", equalTo("86400"));
    }

    @Test
    void exposesTheHeadersFrontEndsRead() {
        given().header("Origin", ORIGIN).get("/api/v1/articles?size=1").then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(ORIGIN))
                .header("Access-Control-Expose-Headers", containsString("ETag"))
                .header("Access-Control-Expose-Headers", containsString("Link"))
                .header("Access-Control-Expose-Headers", containsString("Location"))
                .header("Access-Control-Expose-Headers", containsString("RateLimit"))
                .header("Access-Control-Expose-Headers", containsString("X-Request-Id"));
    }

    @Test
    void grantsNothingToAnotherOrigin() {
        given().header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "DELETE")
                .options("/api/v1/articles/some-article").then()
                .header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", "https://evil.example").get("/api/v1/articles?size=1").then()
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @ParameterizedTest
    @ValueSource(strings = { "https://evil.example", "https://front.example.evil.example", "null", "garbage", "" })
    void refusesAnotherOriginWith403Problem(String origin) {
        given().header("Origin", origin).get("/api/v1/articles?size=1").then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/forbidden"))
                .body("status", equalTo(403))
                .body("detail", containsString("(CORS)"))
                .header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", origin).header("Access-Control-Request-Method", "DELETE")
                .options("/api/v1/articles/some-article").then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/forbidden"));
    }

    @Test
    void letsARequestFromTheApisOwnHostThrough() {
        given().header("Origin", "http://localhost:" + RestAssured.port).get("/api/v1/articles?size=1").then()
                .statusCode(200);
    }
}
