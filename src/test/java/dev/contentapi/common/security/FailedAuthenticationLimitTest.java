package dev.contentapi.common.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.contentapi.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** Guessing tokens is limited: past 3 failed authentications an hour, the client is refused with a 429. */
@QuarkusTest
@TestProfile(FailedAuthenticationLimitTest.LowQuota.class)
class FailedAuthenticationLimitTest {

    public static class LowQuota implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("content.rate-limit.failed-authentication.quota", "3",
                    "content.rate-limit.failed-authentication.window", "PT1H");
        }
    }

    @Test
    void refusesAClientThatGuessesTooOften() {
        given().auth().oauth2(Tokens.ADMIN).get("/api/v1/tokens").then().statusCode(200);
        for (int guess = 1; guess <= 3; guess++) {
            given().auth().oauth2("cat_guess" + guess).get("/api/v1/articles").then()
                    .statusCode(401)
                    .body("type", equalTo("/problems/unauthorized"));
        }
        given().auth().oauth2("cat_guess4").get("/api/v1/articles").then()
                .statusCode(429)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/rate-limited"))
                .header("Retry-After", matchesPattern("\\d+"))
                .header("RateLimit-Policy", equalTo("\"failed-authentication\";q=3;w=3600"));
        given().auth().oauth2(Tokens.ADMIN).get("/api/v1/tokens").then().statusCode(429);
        given().get("/api/v1/articles?size=1").then().statusCode(200);
    }
}
