package dev.contentapi.common.ratelimit;

import java.time.Duration;

/** A limit: at most {@code quota} requests per client in each window of {@code window}. */
public record RateLimitPolicy(String name, int quota, Duration window) {

    /** The {@code RateLimit-Policy} header value (draft-ietf-httpapi-ratelimit-headers). */
    public String header() {
        return "\"" + name + "\";q=" + quota + ";w=" + window.toSeconds();
    }
}
