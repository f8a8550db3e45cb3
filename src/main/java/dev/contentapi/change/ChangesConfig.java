package dev.contentapi.change;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** The change feed and its live stream ({@code content.changes.*}). */
@ConfigMapping(prefix = "content.changes")
public interface ChangesConfig {

    /** How long events are kept; a cursor older than that is answered 410 and the client resynchronises. */
    @WithDefault("P30D")
    Duration retention();

    /** How often events older than the retention are deleted. */
    @WithName("cleanup-every")
    @WithDefault("1h")
    String cleanupEvery();

    /** How often an idle stream sends a comment line, so that proxies keep the connection open. */
    @WithName("stream.heartbeat")
    @WithDefault("PT15S")
    Duration streamHeartbeat();

    /** Streams one replica serves at once; past it a new one is refused with 503 and {@code Retry-After}. */
    @WithName("stream.max-subscribers")
    @WithDefault("1000")
    int streamMaxSubscribers();

    /** Events a stream may hold for a client that reads more slowly than they come; past it the stream ends. */
    @WithName("stream.buffer")
    @WithDefault("1000")
    int streamBuffer();
}
