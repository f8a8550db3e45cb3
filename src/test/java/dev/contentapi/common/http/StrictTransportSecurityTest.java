package dev.contentapi.common.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import dev.contentapi.support.TightLimits;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * With {@code content.http.strict-transport-security} set (the API is reached over TLS), every answer says so, the
 * browser pages included: HSTS holds for the whole host. Unset, it is never sent ({@link SecurityHeadersTest}).
 */
@QuarkusTest
@TestProfile(TightLimits.class)
class StrictTransportSecurityTest {

    @Test
    void sendsStrictTransportSecurityOnEveryAnswerWhenConfigured() {
        for (String path : new String[] { "/api/v1/articles?size=1", "/api/v1/articles/no-such-article", "/nothing",
                "/problems", "/q/swagger-ui/", "/" }) {
            given().get(path).then()
                    .header("Strict-Transport-Security", equalTo(TightLimits.STRICT_TRANSPORT_SECURITY));
        }
        SecurityHeadersTest.API_HEADERS.forEach((name, value) -> given().get("/api/v1/articles?size=1").then()
                .statusCode(200).header(name, equalTo(value)));
    }
}
