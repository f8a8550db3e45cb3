package dev.contentapi.article;

import static io.restassured.RestAssured.given;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ArticleResourceTest {

    @Test
    void listsArticles() {
        given().get("/api/v1/articles?include=author,films,people").then().log().all().statusCode(200);
        given().get(
                "/api/v1/articles/amazons-a-million-miles-away-how-the-son-of-migrant-farm-workers-became-an-astronaut?include=author,films,people")
                .then().log().all().statusCode(200);
        given().get("/api/v1/films/a-million-miles-away?include=credits.person").then().log().all().statusCode(200);
        given().get("/api/v1/people?include=credits.film").then().log().all().statusCode(200);
        given().get("/api/v1/articles/journey-to-bethlehem-affirms-nativity-musical/comments").then().log().all()
                .statusCode(200);
        given().get("/api/v1/articles?sizee=3&page=0").then().log().all().statusCode(400);
        given().get("/api/v1/nope").then().log().all().statusCode(404);
        given().get("/nope").then().log().all().statusCode(404);
        given().delete("/api/v1/articles").then().log().all().statusCode(405);
        given().accept("text/html").get("/api/v1/articles").then().log().all().statusCode(406);
    }
}
