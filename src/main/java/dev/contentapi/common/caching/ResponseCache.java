package dev.contentapi.common.caching;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Anonymous reads kept in memory, keyed by their request URI (path and query as sent), each valid for as long as
 * content has not changed since it was computed ({@link ContentChanges#generation()}). Bounded by
 * {@code content.cache.max-size}; entries of a past generation are never answered and leave as the bound needs room.
 */
@ApplicationScoped
public class ResponseCache {

    private final ContentChanges changes;
    private final boolean enabled;
    private final Cache<String, CachedResponse> entries;

    ResponseCache(ContentChanges changes, CachingConfig config) {
        this.changes = changes;
        this.enabled = config.enabled();
        this.entries = Caffeine.newBuilder()
                .maximumWeight(config.maxSize().asLongValue())
                .<String, CachedResponse> weigher((key, value) -> value.weight(key))
                .expireAfterAccess(Duration.ofMinutes(10))
                .build();
    }

    public boolean enabled() {
        return enabled;
    }

    /** The current answer for this URI, or null when there is none or content changed since it was kept. */
    public CachedResponse current(String uri) {
        if (!enabled || !changes.trusted()) {
            return null;
        }
        CachedResponse entry = entries.getIfPresent(uri);
        return entry != null && entry.generation() == changes.generation() ? entry : null;
    }

    /** Keeps an answer computed under {@code entry.generation()}, unless content changed meanwhile. */
    public void keep(String uri, CachedResponse entry) {
        if (enabled && entry.generation() == changes.generation()) {
            entries.put(uri, entry);
        }
    }
}
