package dev.contentapi.support;

import static io.restassured.RestAssured.given;

/** API tokens for tests, made through the API with the admin token of the test profile. */
public final class Tokens {

    /** {@code %test.content.admin-token} in application.properties. */
    public static final String ADMIN = "test-admin-token";

    private Tokens() {
    }

    /** A new token with this role; its value, as the API shows it once. */
    public static String create(String role) {
        return given().auth().oauth2(ADMIN).contentType("application/json")
                .body("{\"name\":\"test " + role + "\",\"role\":\"" + role + "\"}")
                .post("/api/v1/tokens").then().statusCode(201).extract().path("token");
    }
}
