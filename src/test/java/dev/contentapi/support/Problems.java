package dev.contentapi.support;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.response.ValidatableResponse;

/** Checks the 400 problems that list parameters answer. */
public final class Problems {

    public static final String PROBLEM_JSON = "application/problem+json";
    public static final String INVALID_PARAMETER = "/problems/invalid-parameter";

    private Problems() {
    }

    /** Asks for {@code path?query} exactly as written (already URL-encoded where it needs to be). */
    public static ValidatableResponse getRaw(String path, String query) {
        return given().urlEncodingEnabled(false).get(query.isEmpty() ? path : path + "?" + query).then();
    }

    /** A 400 invalid-parameter problem about {@code instance} (the path asked for, without its query). */
    public static ValidatableResponse assertInvalidParameter(ValidatableResponse response, String instance) {
        return response
                .statusCode(400)
                .header("Content-Type", startsWith(PROBLEM_JSON))
                .body("type", equalTo(INVALID_PARAMETER))
                .body("title", equalTo("Invalid request parameter"))
                .body("status", equalTo(400))
                .body("instance", equalTo(instance));
    }

    /** A 400 problem with one error, about {@code parameter}, that says {@code detail}. */
    public static ValidatableResponse assertOneInvalidParameter(String path, String query, String parameter,
            String detail) {
        return assertInvalidParameter(getRaw(path, query), path)
                .body("detail", equalTo("Parameter '" + parameter + "' " + detail + "."))
                .body("errors", hasSize(1))
                .body("errors[0].parameter", equalTo(parameter))
                .body("errors[0].detail", equalTo(detail));
    }

    /** A 400 problem with one error for each of {@code parameters}, in any order. */
    public static ValidatableResponse assertInvalidParameters(String path, String query, String... parameters) {
        return assertInvalidParameter(getRaw(path, query), path)
                .body("detail", equalTo(parameters.length + " request parameters are invalid; see errors[]."))
                .body("errors", hasSize(parameters.length))
                .body("errors.parameter", containsInAnyOrder((Object[]) parameters));
    }
}
