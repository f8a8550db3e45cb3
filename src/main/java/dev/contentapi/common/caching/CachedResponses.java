package dev.contentapi.common.caching;

import java.time.Instant;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

/**
 * Answers anonymous reads from the {@link ResponseCache} as soon as they arrive, on the I/O thread, before any resource
 * runs: the same bytes and headers the resource gave, or a 304 when the client's copy is current. Everything else —
 * requests with credentials, cross-origin requests (whose CORS headers depend on the origin), other methods, answers
 * not kept or no longer current — goes on to the resources as usual.
 */
@Singleton
public class CachedResponses {

    /** After the filters that add headers to every answer, so that cached answers carry them too. */
    static final int PRIORITY = 1;

    private final ResponseCache cache;
    private final HttpCaching caching;

    CachedResponses(ResponseCache cache, HttpCaching caching) {
        this.cache = cache;
        this.caching = caching;
    }

    void register(@Observes Filters filters) {
        if (cache.enabled()) {
            filters.register(this::answer, PRIORITY);
        }
    }

    private void answer(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (request.method() != HttpMethod.GET
                || request.headers().contains(HttpHeaders.AUTHORIZATION)
                || request.headers().contains(HttpHeaders.ORIGIN)
                || !HttpCaching.acceptsJson(request.getHeader(HttpHeaders.ACCEPT))) {
            context.next();
            return;
        }
        HttpCaching.Snapshot snapshot = caching.snapshot();
        CachedResponse entry = cache.current(request.uri());
        if (entry == null || entry.generation() != snapshot.generation()) {
            context.next();
            return;
        }
        Instant lastModified = caching.lastModified(snapshot.at(), snapshot.lastChange(), snapshot.trusted());
        HttpServerResponse response = context.response();
        response.putHeader(HttpHeaders.ETAG, entry.etag())
                .putHeader(HttpHeaders.CACHE_CONTROL, caching.cacheControl(true))
                .putHeader(HttpHeaders.VARY, HttpCaching.VARY)
                .putHeader(HttpCaching.CACHE_STATUS, "content-api; hit");
        if (lastModified != null) {
            response.putHeader(HttpHeaders.LAST_MODIFIED, HttpCaching.httpDate(lastModified));
        }
        if (entry.link() != null) {
            response.putHeader("Link", entry.link());
        }
        if (HttpCaching.notModified(request.getHeader(HttpHeaders.IF_NONE_MATCH),
                request.getHeader(HttpHeaders.IF_MODIFIED_SINCE), entry.etag(), lastModified)) {
            response.setStatusCode(304).end();
        } else {
            response.putHeader(HttpHeaders.CONTENT_TYPE, entry.contentType()).end(Buffer.buffer(entry.body()));
        }
    }
}
