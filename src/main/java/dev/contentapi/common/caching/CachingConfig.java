package dev.contentapi.common.caching;

import java.time.Duration;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** HTTP caching ({@code Cache-Control} of anonymous reads) and the server-side response cache. */
@ConfigMapping(prefix = "content.cache")
public interface CachingConfig {

    /** Whether anonymous reads are kept in memory and answered from there until content changes. */
    @WithDefault("true")
    boolean enabled();

    /** How much memory the response cache may hold (bodies and keys). */
    @WithName("max-size")
    @WithDefault("64M")
    MemorySize maxSize();

    /** {@code max-age} of anonymous reads: how long browsers may reuse an answer without asking. */
    @WithName("max-age")
    @WithDefault("PT30S")
    Duration maxAge();

    /** {@code s-maxage} of anonymous reads: how long shared caches (a CDN) may reuse an answer without asking. */
    @WithName("s-maxage")
    @WithDefault("PT60S")
    Duration sharedMaxAge();

    /** {@code stale-while-revalidate}: how long a cache may answer with a stale copy while it revalidates. */
    @WithName("stale-while-revalidate")
    @WithDefault("PT30S")
    Duration staleWhileRevalidate();
}
