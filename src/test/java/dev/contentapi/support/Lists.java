package dev.contentapi.support;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * Reads a whole list as a client pages through it: 100 items at a time, each page after the {@code meta.nextCursor} of
 * the one before. For tests that must see every item of a list whose length they do not control (a filter that the
 * seed and other tests' rows may also match).
 */
public final class Lists {

    private static final int MAX_PAGES = 50;

    private Lists() {
    }

    /**
     * Every page of the list at {@code path}, asked with these query parameters: names and values in turn, a name
     * repeated for several values ({@code "tag", "a", "tag", "b"}).
     */
    public static List<JsonPath> pages(String path, String... parameters) {
        assertThat(parameters.length % 2).as("parameters come in name, value pairs").isZero();
        List<JsonPath> pages = new ArrayList<>();
        String cursor = null;
        do {
            RequestSpecification request = given().queryParam("size", 100);
            for (int i = 0; i < parameters.length; i += 2) {
                request.queryParam(parameters[i], parameters[i + 1]);
            }
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get(path).then().statusCode(200).extract().jsonPath();
            pages.add(page);
            cursor = page.getString("meta.nextCursor");
            assertThat(pages).as("pages of " + path).hasSizeLessThan(MAX_PAGES);
        } while (cursor != null);
        return pages;
    }

    /**
     * The slugs of every item of the list, in order. Checks on the way that no item comes twice and that the list has
     * as many items as every page's {@code meta.totalItems} says.
     */
    public static List<String> slugs(String path, String... parameters) {
        List<JsonPath> pages = pages(path, parameters);
        List<String> slugs = new ArrayList<>();
        pages.forEach(page -> slugs.addAll(page.getList("data.slug")));
        assertThat(slugs).as("items of " + path).doesNotHaveDuplicates();
        for (JsonPath page : pages) {
            assertThat(page.getLong("meta.totalItems")).as("meta.totalItems of " + path).isEqualTo(slugs.size());
        }
        return slugs;
    }

    /** One field of every item of the list, in order: {@code values(path, "language", ...)}. */
    public static List<Object> values(String path, String field, String... parameters) {
        List<Object> values = new ArrayList<>();
        pages(path, parameters).forEach(page -> values.addAll(page.getList("data." + field)));
        return values;
    }

    /**
     * The values at {@code field} (e.g. {@code data.slug}) of every item of the list at {@code path}, which may carry
     * its own query ({@code /api/v1/articles?sort=title}).
     */
    public static <T> List<T> all(String path, String field) {
        List<T> values = new ArrayList<>();
        String separator = path.contains("?") ? "&" : "?";
        String cursor = null;
        int pages = 0;
        do {
            String page = path + separator + "size=100" + (cursor == null ? "" : "&cursor=" + cursor);
            JsonPath json = given().urlEncodingEnabled(false).get(page).then().statusCode(200).extract().jsonPath();
            values.addAll(json.getList(field));
            cursor = json.getString("meta.nextCursor");
            assertThat(++pages).as("pages of " + path).isLessThan(MAX_PAGES);
        } while (cursor != null);
        return values;
    }
}
