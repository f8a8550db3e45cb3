package dev.contentapi.token;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import dev.contentapi.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class TokenResourceTest {

    @Inject
    EntityManager em;

    @Test
    void refusesABodyThatNamesAPropertyTwiceWith400ProblemAndCreatesNothing() {
        // once a bare 500: the record's creator had both properties when the second "role" came; now a syntax error
        long before = ((Number) em.createNativeQuery("select count(*) from api_token").getSingleResult()).longValue();
        given().auth().oauth2(Tokens.ADMIN).contentType("application/json")
                .body("{\"role\":\"editor\",\"name\":\"Twice\",\"role\":\"admin\"}")
                .post("/api/v1/tokens").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/malformed-request"))
                .body("status", equalTo(400))
                .body("detail", equalTo("The request could not be read."));
        long after = ((Number) em.createNativeQuery("select count(*) from api_token").getSingleResult()).longValue();
        assertThat(after).isEqualTo(before);
    }

    @Test
    void createsATokenShownOnceThatWorksAtOnceUntilRevoked() {
        ValidatableResponse created = given().auth().oauth2(Tokens.ADMIN).contentType("application/json")
                .body("{\"name\":\" Newsroom CMS \",\"role\":\"editor\"}")
                .post("/api/v1/tokens").then()
                .statusCode(201)
                .body("name", equalTo("Newsroom CMS"))
                .body("role", equalTo("editor"))
                .body("token", startsWith("cat_"))
                .body("createdAt", notNullValue());
        String token = created.extract().path("token");
        int id = created.extract().path("id");
        created.header("Location", endsWith("/api/v1/tokens/" + id));

        given().auth().oauth2(Tokens.ADMIN).get("/api/v1/tokens/" + id).then()
                .statusCode(200)
                .body("prefix", equalTo(token.substring(0, 10)))
                .body("lastUsedAt", nullValue())
                .body("revokedAt", nullValue())
                .body("$", not(org.hamcrest.Matchers.hasKey("token")));
        String list = given().auth().oauth2(Tokens.ADMIN).get("/api/v1/tokens").then()
                .statusCode(200)
                .body("data.id", hasItem(id))
                .extract().asString();
        assertThat(list).doesNotContain(token);
        @SuppressWarnings("unchecked")
        List<Object[]> stored = em.createNativeQuery("select token_hash, token_prefix, name from api_token where id = :id")
                .setParameter("id", id).getResultList();
        assertThat(stored).singleElement().satisfies(row -> assertThat(String.join("|", (String) row[0],
                (String) row[1], (String) row[2])).doesNotContain(token));

        given().auth().oauth2(token).get("/api/v1/articles?size=1").then().statusCode(200);
        given().auth().oauth2(Tokens.ADMIN).get("/api/v1/tokens/" + id).then().body("lastUsedAt", notNullValue());

        given().auth().oauth2(Tokens.ADMIN).delete("/api/v1/tokens/" + id).then().statusCode(204);
        given().auth().oauth2(Tokens.ADMIN).delete("/api/v1/tokens/" + id).then().statusCode(204);
        given().auth().oauth2(Tokens.ADMIN).get("/api/v1/tokens/" + id).then().body("revokedAt", notNullValue());
        given().auth().oauth2(token).get("/api/v1/articles?size=1").then()
                .statusCode(401)
                .header("WWW-Authenticate", equalTo("Bearer realm=\"content-api\""))
                .body("type", equalTo("/problems/unauthorized"));
    }

    @Test
    void letsOnlyAdminsManageTokens() {
        given().get("/api/v1/tokens").then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", equalTo("Bearer realm=\"content-api\""))
                .body("detail", equalTo("This operation needs an API token."));
        for (String role : List.of("editor", "moderator")) {
            given().auth().oauth2(Tokens.create(role)).get("/api/v1/tokens").then()
                    .statusCode(403)
                    .contentType("application/problem+json")
                    .body("type", equalTo("/problems/forbidden"));
        }
        String admin = Tokens.create("admin");
        given().auth().oauth2(admin).get("/api/v1/tokens").then().statusCode(200);
    }

    @Test
    void refusesWrongCredentialsEvenWhereAnonymousCallersAreWelcome() {
        for (String header : List.of("Bearer nope", "Bearer ", "Basic dXNlcjpwYXNz", "cat_only")) {
            given().header("Authorization", header).get("/api/v1/articles").then()
                    .statusCode(401)
                    .contentType("application/problem+json")
                    .header("WWW-Authenticate", equalTo("Bearer realm=\"content-api\""))
                    .body("detail", equalTo("The token sent is not a valid API token."));
        }
    }

    @Test
    void validatesTheRequestAndChangesNothingWhenItIsRefused() {
        long before = count();
        given().auth().oauth2(Tokens.ADMIN).contentType("application/json")
                .body("{\"name\":\"\",\"role\":\"boss\"}").post("/api/v1/tokens").then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/validation-failed"))
                .body("errors.pointer", org.hamcrest.Matchers.contains("/name", "/role"))
                .body("errors[1].detail", equalTo("must be editor, moderator or admin"));
        given().auth().oauth2(Tokens.ADMIN).contentType("application/json")
                .body("{\"name\":\"x\",\"role\":\"editor\",\"isAdmin\":true}").post("/api/v1/tokens").then()
                .statusCode(400)
                .body("type", equalTo("/problems/malformed-request"))
                .body("errors[0].pointer", equalTo("/isAdmin"));
        given().auth().oauth2(Tokens.ADMIN).contentType("application/json")
                .body("{\"name\":\"x\",\"role\":[\"editor\"]}").post("/api/v1/tokens").then()
                .statusCode(400)
                .body("errors[0].pointer", equalTo("/role"));
        given().auth().oauth2(Tokens.ADMIN).contentType("application/json").body("{\"name\":").post("/api/v1/tokens")
                .then().statusCode(400).body("detail", equalTo("The request could not be read."));
        given().auth().oauth2(Tokens.ADMIN).contentType("application/json").body("null").post("/api/v1/tokens").then()
                .statusCode(422).body("errors[0].pointer", equalTo("/"));
        given().auth().oauth2(Tokens.ADMIN).contentType("text/plain").body("x").post("/api/v1/tokens").then()
                .statusCode(415);
        given().auth().oauth2(Tokens.ADMIN).get("/api/v1/tokens/abc").then()
                .statusCode(400).body("errors[0].parameter", equalTo("id"));
        given().auth().oauth2(Tokens.ADMIN).delete("/api/v1/tokens/999999").then()
                .statusCode(404).body("detail", equalTo("No token has the id 999999."));
        assertThat(count()).isEqualTo(before);
    }

    private long count() {
        return ((Number) em.createNativeQuery("select count(*) from api_token").getSingleResult()).longValue();
    }
}
