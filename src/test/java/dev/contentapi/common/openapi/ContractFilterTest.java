package dev.contentapi.common.openapi;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.contentapi.support.contract.Contract;
import dev.contentapi.support.contract.OpenApiContract;
import dev.contentapi.support.contract.OpenApiContract.Exchange;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.builder.ResponseBuilder;
import io.restassured.filter.Filter;
import io.restassured.response.Response;

/**
 * The check every test's answers go through (support/contract) refuses answers that break the served document, so that
 * it cannot pass everything unseen: a doctored answer fails the request that receives it, and each kind of breach is
 * named.
 */
@QuarkusTest
class ContractFilterTest {

    private static final String ARTICLE = "/api/v1/articles/" + Examples.ARTICLE_SLUG;
    private static final Map<String, List<String>> JSON = Map.of("Content-Type", List.of("application/json"));
    private static final Map<String, List<String>> PROBLEM = Map.of("Content-Type",
            List.of("application/problem+json"));

    /** Replaces the body of the answer before the contract check sees it: the title becomes a number. */
    private static final Filter NUMBER_AS_TITLE = (request, response, context) -> {
        Response real = context.next(request, response);
        String doctored = real.asString().replaceFirst("\"title\":\"[^\"]*\"", "\"title\":42");
        return new ResponseBuilder().clone(real).setBody(doctored).build();
    };

    private static OpenApiContract contract() {
        return OpenApiContract.servedBy(URI.create(RestAssured.baseURI + ":" + RestAssured.port));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void failsTheRequestWhoseAnswerBreaksTheDocument() {
        assertThatThrownBy(() -> given().filter(NUMBER_AS_TITLE).get(ARTICLE))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("GET " + ARTICLE + " -> 200 breaks the OpenAPI document")
                .hasMessageContaining("/data/title: integer found, string expected");
    }

    @Test
    void leavesUncheckedOnlyTheRequestThatSaysWhy() {
        given().filter(Contract.unchecked("shows that the opt-out is honoured")).filter(NUMBER_AS_TITLE)
                .get(ARTICLE).then().statusCode(200);
    }

    @Test
    void acceptsTheRealAnswerAndRefusesItWithoutItsRequiredHeaders() {
        Response real = given().get(ARTICLE).then().statusCode(200).extract().response();
        Map<String, List<String>> headers = new HashMap<>();
        real.getHeaders().forEach(header -> headers.computeIfAbsent(header.getName(), name -> new ArrayList<>())
                .add(header.getValue()));

        assertThat(contract().violations(new Exchange("GET", ARTICLE, 200, headers, real.asByteArray()))).isEmpty();
        assertThat(contract().violations(new Exchange("GET", ARTICLE, 200, JSON, real.asByteArray())))
                .contains("required header ETag is missing", "required header Cache-Control is missing");
    }

    @Test
    void namesEachKindOfBreach() {
        String body = given().get(ARTICLE).then().statusCode(200).extract().asString();
        OpenApiContract contract = contract();

        assertThat(contract.violations(new Exchange("GET", ARTICLE, 200, JSON,
                bytes(body.replaceFirst("\"slug\":\"[^\"]*\",", "")))))
                .anySatisfy(violation -> assertThat(violation).contains("required property 'slug' not found"));
        assertThat(contract.violations(new Exchange("GET", ARTICLE, 418, JSON, bytes(body))))
                .anySatisfy(violation -> assertThat(violation)
                        .contains("status 418 is not documented for GET /api/v1/articles/{slug}"));
        assertThat(contract.violations(new Exchange("GET", ARTICLE, 200, Map.of("Content-Type",
                List.of("text/plain")), bytes(body))))
                .anySatisfy(violation -> assertThat(violation).contains("Content-Type text/plain is not documented"));
        assertThat(contract.violations(new Exchange("GET", ARTICLE, 301, Map.of(), new byte[0])))
                .anySatisfy(violation -> assertThat(violation).contains("required header Location is missing"));
        assertThat(contract.violations(new Exchange("GET", ARTICLE, 503, PROBLEM, new byte[0])))
                .anySatisfy(violation -> assertThat(violation).contains("but it has none"));
        assertThat(contract.violations(new Exchange("PUT", "/api/v1/search", 200, JSON, bytes("{}"))))
                .anySatisfy(violation -> assertThat(violation)
                        .contains("the document has no PUT operation on /api/v1/search"));
        assertThat(contract.violations(new Exchange("GET", "/api/v1/nothing-here", 200, JSON, bytes("{}"))))
                .anySatisfy(violation -> assertThat(violation).contains("no path of the document matches"));
        assertThat(contract.violations(new Exchange("GET", "/api/v1/nothing-here", 404,
                Map.of("Content-Type", List.of("text/html")), bytes("<h1>Not found</h1>"))))
                .anySatisfy(violation -> assertThat(violation).contains("error 404 is not a problem"));
        assertThat(contract.violations(new Exchange("GET", ARTICLE, 404, PROBLEM, bytes("{\"title\":\"Not found\"}"))))
                .anySatisfy(violation -> assertThat(violation).contains("required property 'type' not found"));
    }
}
