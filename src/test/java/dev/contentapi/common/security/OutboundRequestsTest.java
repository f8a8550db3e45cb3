package dev.contentapi.common.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dev.contentapi.support.Fixtures;
import dev.contentapi.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Server-side request forgery has nothing to work with: the API fetches no URL a client gives it. Addresses it takes
 * (an article's hero image, a person's links) are checked to be http or https, stored and shown as text, and never
 * fetched, however they are written and read; and the application's code has no HTTP client at all.
 */
@QuarkusTest
class OutboundRequestsTest {

    @Test
    void storesTheAddressesItIsGivenWithoutEverFetchingThem() throws Exception {
        String editor = Tokens.create("editor");
        try (ServerSocket trap = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            AtomicInteger connections = new AtomicInteger();
            Thread listener = new Thread(() -> {
                while (!trap.isClosed()) {
                    try (Socket connection = trap.accept()) {
                        connections.incrementAndGet();
                    } catch (SocketException closed) {
                        return;
                    } catch (IOException e) {
                        connections.incrementAndGet();
                    }
                }
            });
            listener.start();
            String url = "http://127.0.0.1:" + trap.getLocalPort() + "/internal/metadata";
            String article = Fixtures.unique("ssrf");
            String person = Fixtures.unique("ssrf-person");
            given().auth().oauth2(editor).contentType("application/json")
                    .body("{\"slug\":\"" + article + "\",\"title\":\"Fetch me\",\"language\":\"en\","
                            + "\"heroImage\":{\"url\":\"" + url + "\",\"alt\":\"Alt\"}}")
                    .post("/api/v1/articles").then().statusCode(201);
            given().auth().oauth2(editor).header("If-Match", "\"0\"").post("/api/v1/articles/" + article + "/publish")
                    .then().statusCode(200);
            given().auth().oauth2(editor).contentType("application/json")
                    .body("{\"slug\":\"" + person + "\",\"name\":\"Linked\",\"sortName\":\"Linked\","
                            + "\"links\":[{\"label\":\"Home\",\"url\":\"" + url + "\"}]}")
                    .post("/api/v1/people").then().statusCode(201);
            given().get("/api/v1/articles/" + article).then().statusCode(200)
                    .body("data.heroImage.url", equalTo(url));
            given().get("/api/v1/articles?size=100").then().statusCode(200);
            given().get("/api/v1/people/" + person).then().statusCode(200).body("data.links[0].url", equalTo(url));

            // a URL that is no http(s) address is refused
            for (String other : List.of("file:///etc/passwd", "gopher://127.0.0.1:6379/_INFO", "javascript:alert(1)",
                    "ftp://example.org/x")) {
                given().auth().oauth2(editor).contentType("application/json")
                        .body("{\"slug\":\"" + Fixtures.unique("ssrf") + "\",\"title\":\"T\",\"language\":\"en\","
                                + "\"heroImage\":{\"url\":\"" + other + "\"}}")
                        .post("/api/v1/articles").then()
                        .statusCode(422)
                        .body("errors[0].pointer", equalTo("/heroImage/url"));
            }
            trap.close();
            listener.join();
            assertThat(connections).as("connections the API made to the address it was given").hasValue(0);
        }
    }

    @Test
    void hasNoHttpClientInItsCode() throws IOException {
        List<String> clients = List.of("java.net.http", "HttpURLConnection", "openConnection(", "openStream(",
                "new URL(", "WebClient", "HttpClient", "RestClient", "@RegisterRestClient");
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                String code = Files.readString(source);
                for (String client : clients) {
                    assertThat(code).as(source + " uses " + client).doesNotContain(client);
                }
            }
        }
    }
}
