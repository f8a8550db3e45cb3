package dev.contentapi.change;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

/** The OpenAPI document describes the feed and the stream: parameters with types, media types, problems, examples. */
@QuarkusTest
class ChangeDocumentationTest {

    private static JsonNode operation(String path) throws Exception {
        JsonNode document = new ObjectMapper().readTree(given().get("/q/openapi?format=json").asString());
        return document.path("paths").path(path).path("get");
    }

    private static List<String> parameters(JsonNode operation) {
        List<String> names = new ArrayList<>();
        operation.path("parameters").forEach(parameter -> {
            if (parameter.has("$ref")) {
                names.add(parameter.path("$ref").asText());
                return;
            }
            assertThat(parameter.path("description").asText()).as(parameter.path("name").asText()).isNotBlank();
            assertThat(parameter.path("schema").path("type").asText()).as(parameter.path("name").asText())
                    .isNotBlank();
            names.add(parameter.path("in").asText() + ":" + parameter.path("name").asText());
        });
        return names;
    }

    @Test
    void describesTheFeed() throws Exception {
        JsonNode feed = operation("/api/v1/changes");
        assertThat(feed.path("summary").asText()).isNotBlank();
        assertThat(feed.path("description").asText()).contains("tombstone", "410", "after=latest");
        assertThat(parameters(feed)).containsExactlyInAnyOrder("query:after", "query:types", "query:size",
                "#/components/parameters/IfNoneMatch", "#/components/parameters/IfModifiedSince");
        assertThat(feed.path("responses").path("410").path("$ref").asText())
                .isEqualTo("#/components/responses/ChangesExpired");
        assertThat(feed.path("responses").path("200").path("content").path("application/json").path("schema")
                .path("$ref").asText()).isEqualTo("#/components/schemas/ChangePage");
    }

    @Test
    void describesTheStreamAsServerSentEvents() throws Exception {
        JsonNode stream = operation("/api/v1/changes/stream");
        assertThat(stream.path("summary").asText()).isNotBlank();
        assertThat(stream.path("description").asText()).contains("Last-Event-ID", "heartbeat", "503");
        assertThat(parameters(stream)).containsExactlyInAnyOrder("query:after", "query:types",
                "header:Last-Event-ID");
        JsonNode content = stream.path("responses").path("200").path("content");
        List<String> types = new ArrayList<>();
        content.fieldNames().forEachRemaining(types::add);
        assertThat(types).containsExactly("text/event-stream");
        String example = content.path("text/event-stream").path("examples").path("stream").path("value").asText();
        assertThat(example).contains("id:", "data:{\"cursor\":", ":heartbeat");
        assertThat(stream.path("responses").path("410").path("$ref").asText())
                .isEqualTo("#/components/responses/ChangesExpired");
        assertThat(stream.path("responses").path("503").path("$ref").asText())
                .isEqualTo("#/components/responses/ServiceUnavailable");
        assertThat(stream.path("responses").has("304")).as("an endless stream is never revalidated").isFalse();
        assertThat(stream.path("responses").path("200").path("headers").has("ETag")).isFalse();
    }
}
