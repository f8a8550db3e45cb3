package dev.contentapi.support;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.List;

import io.restassured.path.json.JsonPath;

/**
 * Reads a whole list through the API by following {@code meta.nextCursor}, so that a test sees every item however many
 * other tests have added to the shared database.
 */
public final class Lists {

    private Lists() {
    }

    /** The values at {@code field} (e.g. {@code data.slug}) of every item of the list at {@code path}. */
    public static <T> List<T> all(String path, String field) {
        List<T> values = new ArrayList<>();
        String separator = path.contains("?") ? "&" : "?";
        String cursor = null;
        do {
            String page = cursor == null ? path + separator + "size=100" : path + separator + "size=100&cursor=" + cursor;
            JsonPath json = given().urlEncodingEnabled(false).get(page).then().statusCode(200).extract().jsonPath();
            values.addAll(json.getList(field));
            cursor = json.getString("meta.nextCursor");
        } while (cursor != null);
        return values;
    }
}
