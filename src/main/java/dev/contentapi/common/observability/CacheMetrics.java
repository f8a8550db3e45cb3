package dev.contentapi.common.observability;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.inject.Singleton;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Counts lookups in the server's response caches, by cache and result, as {@code content_cache_requests_total{cache,
 * result="hit"|"miss"}} at {@code /q/metrics}. A cache calls {@link #hit(String)} or {@link #miss(String)} once per
 * lookup; the hit ratio is {@code hit / (hit + miss)}.
 */
@Singleton
public class CacheMetrics {

    /**
     * Underscores rather than Micrometer's usual dots: the Prometheus name is the same, and a dotted name would read as
     * a configuration key of the application's own ({@code content.*}) to ConfigurationTableTest.
     */
    static final String NAME = "content_cache_requests";

    private record Counters(Counter hits, Counter misses) {
    }

    private final MeterRegistry registry;
    private final Map<String, Counters> byCache = new ConcurrentHashMap<>();

    CacheMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** A lookup in {@code cache} found its answer. */
    public void hit(String cache) {
        counters(cache).hits().increment();
    }

    /** A lookup in {@code cache} found nothing, and the answer had to be made. */
    public void miss(String cache) {
        counters(cache).misses().increment();
    }

    private Counters counters(String cache) {
        return byCache.computeIfAbsent(cache, name -> new Counters(counter(name, "hit"), counter(name, "miss")));
    }

    private Counter counter(String cache, String result) {
        return Counter.builder(NAME)
                .description("Lookups in the server's response caches, by cache and result (hit or miss)")
                .tag("cache", cache)
                .tag("result", result)
                .register(registry);
    }
}
