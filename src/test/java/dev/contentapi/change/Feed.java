package dev.contentapi.change;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/** Reads the change feed as a client does: from a cursor, page after page, to its end. */
final class Feed {

    private Feed() {
    }

    static RequestSpecification as(String token) {
        return token == null ? given() : given().auth().oauth2(token);
    }

    /** The cursor that stands for the feed as it is now. */
    static String latest(String token) {
        return as(token).queryParam("after", "latest").get("/api/v1/changes").then().statusCode(200)
                .extract().path("meta.nextCursor");
    }

    /** Every change after the cursor that the caller sees, and the cursor to read on from. */
    record Read(List<Map<String, Object>> events, String next) {

        /** The events about one item (by slug, or, for comments, by id). */
        List<Map<String, Object>> about(String type, Object key) {
            return events.stream().filter(event -> type.equals(event.get("type"))
                    && (key.equals(event.get("slug")) || key.equals(event.get("id")))).toList();
        }

        List<String> operations(String type, Object key) {
            return about(type, key).stream().map(event -> (String) event.get("operation")).toList();
        }
    }

    static Read after(String cursor, String token) {
        return after(cursor, token, Map.of());
    }

    static Read after(String cursor, String token, Map<String, String> parameters) {
        List<Map<String, Object>> events = new ArrayList<>();
        String next = cursor;
        boolean more;
        do {
            JsonPath page = as(token).queryParams(parameters).queryParam("after", next).queryParam("size", 100)
                    .get("/api/v1/changes").then().statusCode(200).extract().jsonPath();
            events.addAll(page.getList("data"));
            next = page.getString("meta.nextCursor");
            more = page.getBoolean("meta.hasMore");
        } while (more);
        return new Read(events, next);
    }
}
