package dev.contentapi.support;

import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.specification.RequestSpecification;

/**
 * Requests whose body the server refuses (413) from its length alone. They announce the body with
 * {@code Expect: 100-continue}, so the client sends it only if the server asks for it: the server answers 413 and
 * closes before any of it is written. Without that, a client still writing a large body may lose the race with the
 * server's close (a broken pipe instead of the answer).
 */
public final class OversizedBodies {

    private OversizedBodies() {
    }

    public static RequestSpecification given() {
        return RestAssured.given().config(RestAssured.config().httpClient(
                HttpClientConfig.httpClientConfig().setParam("http.protocol.expect-continue", true)));
    }
}
