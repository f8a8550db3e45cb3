package dev.contentapi.common.observability;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.contentapi.common.openapi.Examples;
import dev.contentapi.support.Metrics;
import dev.contentapi.support.Metrics.Sample;
import io.quarkus.test.junit.QuarkusTest;

/**
 * {@code /q/metrics} serves Prometheus metrics: HTTP requests by route template (never the raw path) and status, the
 * database pool, the JVM and the response caches.
 */
@QuarkusTest
class MetricsTest {

    private static final String REQUESTS = "http_server_requests_seconds_count";
    private static final String CACHE = "content_cache_requests_total";
    private static final String ARTICLE_TEMPLATE = "/api/v1/articles/{slug}";

    @Inject
    CacheMetrics cacheMetrics;

    @Test
    void countsRequestsByRouteTemplateAndStatus() {
        List<Sample> before = Metrics.scrape();
        given().get("/api/v1/articles/" + Examples.ARTICLE_SLUG).then().statusCode(200);
        given().get("/api/v1/articles/" + Examples.ARTICLE_SLUG).then().statusCode(200);
        given().get("/api/v1/articles/no-such-article-" + shortId()).then().statusCode(404);
        given().get("/api/v1/articles?size=500").then().statusCode(400);
        List<Sample> after = Metrics.scrapeUntil(now -> increase(before, now, REQUESTS, "uri", ARTICLE_TEMPLATE) >= 3
                && increase(before, now, REQUESTS, "uri", "/api/v1/articles") >= 1);

        assertThat(increase(before, after, REQUESTS, "method", "GET", "uri", ARTICLE_TEMPLATE, "status", "200",
                "outcome", "SUCCESS")).isEqualTo(2);
        assertThat(increase(before, after, REQUESTS, "method", "GET", "uri", ARTICLE_TEMPLATE, "status", "404",
                "outcome", "CLIENT_ERROR")).isEqualTo(1);
        assertThat(increase(before, after, REQUESTS, "method", "GET", "uri", "/api/v1/articles", "status", "400"))
                .isEqualTo(1);
        assertThat(after).filteredOn(s -> s.name().equals(REQUESTS))
                .allSatisfy(s -> assertThat(s.labels().keySet()).containsExactlyInAnyOrder("method", "outcome",
                        "status", "uri"));
    }

    @Test
    void unmatchedPathsShareOneSeries() {
        String marker = shortId();
        List<Sample> before = Metrics.scrape();
        for (int i = 0; i < 5; i++) {
            given().get("/nowhere-" + marker + "/" + i).then().statusCode(404);
            given().get("/api/v1/no-such-collection-" + marker + "-" + i).then().statusCode(404);
        }
        given().delete("/api/v1/search-" + marker).then().statusCode(404);
        List<Sample> after = Metrics.scrapeUntil(now -> increase(before, now, REQUESTS, "uri", "NOT_FOUND") >= 11);

        assertThat(after).allSatisfy(s -> assertThat(s.labels().values()).noneMatch(v -> v.contains(marker)));
        assertThat(increase(before, after, REQUESTS, "method", "GET", "uri", "NOT_FOUND", "status", "404"))
                .isEqualTo(10);
    }

    @Test
    void neverCountsItsOwnScrapes() {
        Metrics.scrape();
        assertThat(Metrics.scrape()).filteredOn(s -> s.name().equals(REQUESTS))
                .noneMatch(s -> s.labels().get("uri").startsWith("/q/"));
    }

    @Test
    void reportsTheDatabasePool() {
        given().get("/api/v1/films").then().statusCode(200);
        List<Sample> samples = Metrics.scrape();
        for (String name : List.of("agroal_active_count", "agroal_available_count", "agroal_max_used_count",
                "agroal_awaiting_count", "agroal_acquire_count_total", "agroal_blocking_time_total_milliseconds")) {
            assertThat(samples).as(name).anyMatch(s -> s.name().equals(name) && s.has("datasource", "default"));
        }
        assertThat(Metrics.value(samples, "agroal_acquire_count_total", "datasource", "default")).isPositive();
    }

    @Test
    void reportsTheJvm() {
        List<Sample> samples = Metrics.scrape();
        assertThat(Metrics.value(samples, "jvm_memory_used_bytes", "area", "heap")).isPositive();
        assertThat(samples.stream().map(Sample::name).distinct())
                .contains("jvm_memory_max_bytes", "jvm_gc_live_data_size_bytes", "jvm_threads_live_threads",
                        "process_cpu_usage", "jvm_gc_max_data_size_bytes");
    }

    @Test
    void countsCacheHitsAndMissesByCache() {
        String cache = "metrics-test-" + shortId();
        cacheMetrics.hit(cache);
        cacheMetrics.hit(cache);
        cacheMetrics.miss(cache);
        cacheMetrics.hit("other-" + cache);

        List<Sample> samples = Metrics.scrape();
        assertThat(Metrics.value(samples, "content_cache_requests_total", "cache", cache, "result", "hit"))
                .isEqualTo(2);
        assertThat(Metrics.value(samples, "content_cache_requests_total", "cache", cache, "result", "miss"))
                .isEqualTo(1);
        assertThat(Metrics.value(samples, "content_cache_requests_total", "cache", "other-" + cache, "result",
                "miss")).isZero();
        assertThat(samples).filteredOn(s -> s.name().equals("content_cache_requests_total"))
                .allSatisfy(s -> assertThat(s.labels().keySet()).isEqualTo(Set.of("cache", "result")));
    }

    @Test
    void countsResponseCacheLookups() {
        String uri = "/api/v1/films/" + Examples.FILM_SLUG + "?fields=title";
        List<Sample> before = Metrics.scrape();
        List<String> statuses = List.of(
                given().get(uri).then().statusCode(200).extract().header("Cache-Status"),
                given().get(uri).then().statusCode(200).extract().header("Cache-Status"));
        List<Sample> after = Metrics.scrape();

        assertThat(statuses.get(1)).isEqualTo("content-api; hit");
        double hits = increase(before, after, CACHE, "cache", "responses", "result", "hit");
        double misses = increase(before, after, CACHE, "cache", "responses", "result", "miss");
        assertThat(hits).isEqualTo(statuses.stream().filter(status -> status.endsWith("; hit")).count());
        assertThat(hits + misses).as("one lookup per read").isEqualTo(2);
    }

    private static double increase(List<Sample> before, List<Sample> after, String name, String... labels) {
        return Metrics.value(after, name, labels) - Metrics.value(before, name, labels);
    }

    private static String shortId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
