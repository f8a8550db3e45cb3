package dev.contentapi;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * The packaged jar, started as a user would start it (prod profile), against a fresh database: it migrates, serves the
 * seed content, its OpenAPI document and Swagger UI, its health, and problem responses.
 */
@QuarkusIntegrationTest
class PackagedApplicationIT {

    @Test
    void servesTheSeedContent() {
        given().get("/api/v1/articles").then()
                .statusCode(200)
                .header("Link", containsString("rel=\"first\""))
                .body("data.slug",
                        hasItem("amazons-a-million-miles-away-how-the-son-of-migrant-farm-workers-became-an-astronaut"));
        given().get("/api/v1/films/a-million-miles-away?include=credits.person").then()
                .statusCode(200)
                .body("data.credits[0].person.name", equalTo("Alejandra Márquez Abella"))
                .body("included.people[0].name", equalTo("Alejandra Márquez Abella"));
        given().get("/api/v1/articles/journey-to-bethlehem-affirms-nativity-musical/comments").then()
                .statusCode(200)
                .body("data[0].body",
                        equalTo("Yikes. Unless they go about it like Les Miserables, it's gonna be a cringe fest."));
    }

    @Test
    void searchesWithTheExtensionsItsMigrationCreated() {
        given().queryParam("q", "jose hernandez").get("/api/v1/search").then()
                .statusCode(200)
                .header("Link", containsString("rel=\"first\""))
                .body("data.slug", hasItem("jose-hernandez"))
                .body("data.find { it.slug == 'jose-hernandez' }.snippet",
                        containsString("<mark>José</mark> <mark>Hernández</mark>"));
        given().queryParam("q", "hernan").queryParam("type", "person").get("/api/v1/search").then()
                .statusCode(200)
                .body("data[0].slug", equalTo("jose-hernandez"));
    }

    @Test
    void servesOpenApiAndSwaggerUi() {
        given().get("/q/openapi?format=json").then()
                .statusCode(200)
                .body("info.title", equalTo("Content API"))
                .body("paths.'/api/v1/articles'.get.operationId", equalTo("listArticles"));
        given().get("/q/swagger-ui/").then()
                .statusCode(200)
                .contentType(containsString("text/html"));
    }

    @Test
    void reportsHealthWithTheDatabase() {
        given().get("/q/health/ready").then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'Database connections health check' }.status", equalTo("UP"));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void hasNoDevToolsAndSendsTheSecurityHeaders() {
        for (String path : new String[] { "/q/dev-ui", "/q/dev-ui/", "/q/dev-ui/configuration-form-editor", "/q/dev",
                "/q/arc", "/q/arc/beans" }) {
            given().get(path).then()
                    .statusCode(404)
                    .contentType("application/problem+json");
        }
        given().get("/api/v1/articles?size=1").then()
                .statusCode(200)
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("X-Frame-Options", equalTo("DENY"))
                .header("Referrer-Policy", equalTo("no-referrer"))
                .header("Content-Security-Policy", equalTo("default-src 'none'; frame-ancestors 'none'"))
                .header("Cross-Origin-Resource-Policy", equalTo("same-origin"))
                .header("Strict-Transport-Security", nullValue())
                .header("Server", nullValue());
    }

    @Test
    void answersProblems() {
        given().get("/api/v1/articles/no-such-article").then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/not-found"));
        given().get("/api/v1/articles?size=500").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].parameter", equalTo("size"))
                .body("detail", notNullValue());
    }
}
