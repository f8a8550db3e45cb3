package dev.contentapi.common.caching;

/**
 * An anonymous read as it was answered, with the generation of content it was computed under.
 *
 * @param link the {@code Link} header of a list page, or null
 */
public record CachedResponse(long generation, byte[] body, String contentType, String etag, String link) {

    /** Roughly what it holds in memory, for the cache's size bound. */
    int weight(String key) {
        return 96 + body.length + 2 * (key.length() + etag.length() + (link == null ? 0 : link.length()));
    }
}
