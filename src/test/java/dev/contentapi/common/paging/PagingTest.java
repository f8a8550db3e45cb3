package dev.contentapi.common.paging;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.contentapi.common.openapi.Examples;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * Lists page with {@code page} and {@code size}, say where they stand in {@code meta}, and link their neighbours in an
 * RFC 8288 {@code Link} header. Nothing here depends on how many items the seed content has: each test reads
 * {@code totalItems} from the API and checks the rest against it.
 */
@QuarkusTest
class PagingTest {

    private static final Pattern LINK = Pattern.compile("<([^>]*)>\\s*;\\s*rel=\"([^\"]*)\"");

    /** Lists with enough seed items for a first, a middle and a last page of one item. */
    private static final String ARTICLES = "/api/v1/articles";
    private static final String PEOPLE = "/api/v1/people";

    /** A page as answered: its path, its body and its links by rel. */
    private record Page(String path, JsonPath json, Map<String, URI> links) {

        int page() {
            return json.getInt("meta.page");
        }

        int size() {
            return json.getInt("meta.size");
        }

        long totalItems() {
            return json.getLong("meta.totalItems");
        }

        int totalPages() {
            return json.getInt("meta.totalPages");
        }

        int items() {
            return json.getList("data").size();
        }

        int linkedPage(String rel) {
            URI link = links.get(rel);
            assertNotNull(link, "no rel=\"" + rel + "\" link in " + links);
            return pageOf(link);
        }
    }

    private static Page get(String path, String query) {
        return answer(path, given().urlEncodingEnabled(false).get(query.isEmpty() ? path : path + "?" + query));
    }

    /** Follows a link as a client would: exactly as the server wrote it. */
    private static Page follow(URI link) {
        return answer(link.getRawPath(), given().urlEncodingEnabled(false).get(link.toString()));
    }

    private static Page answer(String path, Response response) {
        response.then()
                .statusCode(200)
                .header("Content-Type", startsWith("application/json"))
                .header("Link", notNullValue());
        return new Page(path, response.jsonPath(), links(response.header("Link")));
    }

    /** Parses a Link header; each rel may appear once. */
    private static Map<String, URI> links(String header) {
        Map<String, URI> links = new LinkedHashMap<>();
        Matcher matcher = LINK.matcher(header);
        while (matcher.find()) {
            URI previous = links.put(matcher.group(2), URI.create(matcher.group(1)));
            assertNull(previous, "rel=\"" + matcher.group(2) + "\" appears twice in " + header);
        }
        assertFalse(links.isEmpty(), "no link in Link: " + header);
        return links;
    }

    /** A link's query parameters, decoded, each with its values. */
    private static Map<String, List<String>> query(URI link) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (link.getRawQuery() == null) {
            return parameters;
        }
        for (String pair : link.getRawQuery().split("&")) {
            String[] parts = pair.split("=", 2);
            parameters.computeIfAbsent(URLDecoder.decode(parts[0], StandardCharsets.UTF_8), name -> new ArrayList<>())
                    .add(parts.length == 2 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
        }
        return parameters;
    }

    private static int pageOf(URI link) {
        List<String> pages = query(link).get("page");
        assertNotNull(pages, "no page parameter in " + link);
        assertEquals(1, pages.size(), "page appears more than once in " + link);
        return Integer.parseInt(pages.get(0));
    }

    private static long ceilDiv(long items, int size) {
        return (items + size - 1) / size;
    }

    /** meta says the page and size asked for, and totalPages and the number of items follow from totalItems. */
    private static void assertMeta(Page page, int number, int size, long totalItems) {
        long onThisPage = Math.max(0, Math.min(size, totalItems - (long) (number - 1) * size));
        assertAll("meta of " + page.path() + " page " + number,
                () -> assertEquals(number, page.page(), "meta.page"),
                () -> assertEquals(size, page.size(), "meta.size"),
                () -> assertEquals(totalItems, page.totalItems(), "meta.totalItems"),
                () -> assertEquals(ceilDiv(totalItems, size), page.totalPages(),
                        "meta.totalPages == ceil(totalItems / size)"),
                () -> assertEquals(onThisPage, page.items(), "items in data"));
    }

    /**
     * The links are exactly those meta calls for: first and last always, prev unless on the first page, next unless
     * on the last; all root-relative, to the same path.
     */
    private static void assertLinksMatchMeta(Page page) {
        int last = Math.max(page.totalPages(), 1);
        Set<String> expected = new HashSet<>(List.of("first", "last"));
        if (page.page() > 1) {
            expected.add("prev");
        }
        if (page.page() < last) {
            expected.add("next");
        }
        assertEquals(expected, page.links().keySet(), "rels of page " + page.page() + " of " + last);
        assertEquals(1, page.linkedPage("first"), "first");
        assertEquals(last, page.linkedPage("last"), "last");
        if (expected.contains("prev")) {
            assertEquals(Math.min(page.page() - 1, last), page.linkedPage("prev"), "prev");
        }
        if (expected.contains("next")) {
            assertEquals(page.page() + 1, page.linkedPage("next"), "next");
        }
        for (URI link : page.links().values()) {
            assertAll(link.toString(),
                    () -> assertFalse(link.isAbsolute(), "root-relative, without scheme or host"),
                    () -> assertEquals(page.path(), link.getRawPath(), "same path"));
        }
    }

    private static long totalItemsOf(String path) {
        long total = get(path, "size=1").totalItems();
        assertTrue(total >= 3, path + " needs at least 3 items for a first, middle and last page; has " + total);
        return total;
    }

    @ParameterizedTest
    @ValueSource(strings = { ARTICLES, PEOPLE })
    void firstPageLinksFirstNextAndLastButNoPrev(String path) {
        long total = totalItemsOf(path);
        Page page = get(path, "size=1");
        assertMeta(page, 1, 1, total);
        assertEquals(Set.of("first", "next", "last"), page.links().keySet());
        assertEquals(1, page.linkedPage("first"));
        assertEquals(2, page.linkedPage("next"));
        assertEquals(total, page.linkedPage("last"));
        assertLinksMatchMeta(page);
        page.links().values().forEach(link -> assertEquals(List.of("1"), query(link).get("size"), link.toString()));
    }

    @ParameterizedTest
    @ValueSource(strings = { ARTICLES, PEOPLE })
    void secondPageLinksAllFourNeighbours(String path) {
        long total = totalItemsOf(path);
        Page page = get(path, "size=1&page=2");
        assertMeta(page, 2, 1, total);
        assertEquals(Set.of("first", "prev", "next", "last"), page.links().keySet());
        assertEquals(1, page.linkedPage("first"));
        assertEquals(1, page.linkedPage("prev"));
        assertEquals(3, page.linkedPage("next"));
        assertEquals(total, page.linkedPage("last"));
        assertLinksMatchMeta(page);
    }

    @ParameterizedTest
    @ValueSource(strings = { ARTICLES, PEOPLE })
    void lastPageLinksPrevButNoNext(String path) {
        long total = totalItemsOf(path);
        Page page = get(path, "size=1&page=" + total);
        assertMeta(page, (int) total, 1, total);
        assertEquals(Set.of("first", "prev", "last"), page.links().keySet());
        assertEquals(1, page.linkedPage("first"));
        assertEquals(total - 1, page.linkedPage("prev"));
        assertEquals(total, page.linkedPage("last"));
        assertLinksMatchMeta(page);
    }

    @ParameterizedTest
    @ValueSource(strings = { ARTICLES, PEOPLE })
    void pagePastTheEndIsEmptyWithCorrectMeta(String path) {
        long total = totalItemsOf(path);
        Page page = get(path, "size=1&page=9999");
        assertMeta(page, 9999, 1, total);
        assertEquals(0, page.items(), "data is empty");
        assertFalse(page.links().containsKey("next"), "no next past the end");
        assertEquals(total, page.linkedPage("prev"), "prev leads back to the last page");
        assertEquals(total, page.linkedPage("last"));
        assertLinksMatchMeta(page);
    }

    @ParameterizedTest
    @ValueSource(strings = { ARTICLES, PEOPLE, "/api/v1/films", "/api/v1/people/" + Examples.PERSON_SLUG + "/films",
            "/api/v1/people/" + Examples.AUTHOR_SLUG + "/articles",
            "/api/v1/articles/" + Examples.COMMENTED_ARTICLE_SLUG + "/comments" })
    void defaultsToTheFirstPageOfTwenty(String path) {
        Page page = get(path, "");
        assertMeta(page, 1, 20, page.totalItems());
        assertLinksMatchMeta(page);
        Page explicit = get(path, "page=1&size=20");
        assertEquals(page.json().getList("data.id"), explicit.json().getList("data.id"),
                "no parameters means page=1&size=20");
        assertMeta(explicit, 1, 20, page.totalItems());
    }

    @ParameterizedTest
    @ValueSource(ints = { 1, 2, 3, 4, 100 })
    void totalPagesIsTheCeilingOfTotalItemsOverSize(int size) {
        long total = totalItemsOf(ARTICLES);
        Page page = get(ARTICLES, "size=" + size);
        assertMeta(page, 1, size, total);
        assertLinksMatchMeta(page);
    }

    @ParameterizedTest
    @ValueSource(strings = { ARTICLES, PEOPLE })
    void followingNextLinksVisitsEveryItemExactlyOnce(String path) {
        long total = totalItemsOf(path);
        Page page = get(path, "size=2");
        List<Object> seen = new ArrayList<>(page.json().getList("data.id"));
        int visited = 1;
        while (page.links().containsKey("next") && visited <= total) {
            page = follow(page.links().get("next"));
            visited++;
            assertMeta(page, visited, 2, total);
            assertLinksMatchMeta(page);
            seen.addAll(page.json().getList("data.id"));
        }
        assertEquals(ceilDiv(total, 2), visited, "pages visited");
        assertEquals(total, seen.size(), "items visited");
        assertEquals(total, new HashSet<>(seen).size(), "no item twice: " + seen);
    }

    @Test
    void linksKeepTheOtherQueryParameters() {
        long total = totalItemsOf(ARTICLES);
        Page page = get(ARTICLES, "sort=-title&include=author,films&size=1&page=2");
        assertMeta(page, 2, 1, total);
        assertLinksMatchMeta(page);
        for (Map.Entry<String, URI> link : page.links().entrySet()) {
            Map<String, List<String>> parameters = query(link.getValue());
            assertAll("rel=\"" + link.getKey() + "\": " + link.getValue(),
                    () -> assertEquals(Set.of("sort", "include", "size", "page"), parameters.keySet()),
                    () -> assertEquals(List.of("-title"), parameters.get("sort")),
                    () -> assertEquals(List.of("author,films"), parameters.get("include")),
                    () -> assertEquals(List.of("1"), parameters.get("size")));
        }

        Page next = follow(page.links().get("next"));
        Page asked = get(ARTICLES, "sort=-title&include=author,films&size=1&page=3");
        assertMeta(next, 3, 1, total);
        assertEquals(asked.json().getList("data.id"), next.json().getList("data.id"),
                "the next link answers what page=3 with the same parameters answers");
        assertNotNull(next.json().get("included"), "the next link keeps include");
        assertEquals(asked.links(), next.links());

        Page previous = follow(page.links().get("prev"));
        assertEquals(get(ARTICLES, "sort=-title&include=author,films&size=1&page=1").json().getList("data.id"),
                previous.json().getList("data.id"), "the prev link keeps the sort");
    }
}
