package dev.contentapi.common.caching;

import java.time.Instant;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.http.HttpServerRequest;

/**
 * HTTP caching on every answer of the JAX-RS resources (see {@link HttpCaching} for the rules): validators and
 * {@code Cache-Control} on reads, 304 for conditional reads that match, anonymous reads kept in the
 * {@link ResponseCache}, and successful writes counted as changes once they have committed.
 */
public class HttpCachingFilters {

    private static final String SNAPSHOT = HttpCachingFilters.class.getName() + ".snapshot";

    private final HttpCaching caching;
    private final ResponseCache cache;
    private final ContentChanges changes;
    private final ObjectMapper json;

    HttpCachingFilters(HttpCaching caching, ResponseCache cache, ContentChanges changes, ObjectMapper json) {
        this.caching = caching;
        this.cache = cache;
        this.changes = changes;
        this.json = json;
    }

    /** Before a read reads anything: what it knows of changes, so that what it computes is never newer than that. */
    @ServerRequestFilter(preMatching = true)
    public void snapshot(ContainerRequestContext request) {
        if (safe(request.getMethod())) {
            request.setProperty(SNAPSHOT, caching.snapshot());
        }
    }

    @ServerResponseFilter
    public void cacheHeaders(ContainerRequestContext request, ContainerResponseContext response,
            HttpServerRequest http) {
        MultivaluedMap<String, Object> headers = response.getHeaders();
        int status = response.getStatus();
        boolean success = status >= 200 && status < 300;
        if (!safe(request.getMethod())) {
            headers.putSingle(HttpHeaders.CACHE_CONTROL, HttpCaching.NO_STORE);
            if (success) {
                // The write's transaction has committed: no read on this replica may answer from before it.
                changes.changed();
                if (response.hasEntity() && headers.containsKey(HttpHeaders.ETAG)) {
                    tag(response, HttpCaching.bytes(response.getEntity(), json));
                }
            }
            return;
        }
        boolean anonymous = HttpCaching.anonymous(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        headers.putSingle(HttpHeaders.VARY, HttpCaching.VARY);
        if (status == 301 && anonymous) {
            headers.putSingle(HttpHeaders.CACHE_CONTROL, caching.cacheControl(true));
            return;
        }
        if (status != 200 || !response.hasEntity() || !json(response.getMediaType())) {
            headers.putSingle(HttpHeaders.CACHE_CONTROL, anonymous ? HttpCaching.NO_STORE : HttpCaching.PRIVATE);
            return;
        }
        byte[] body = HttpCaching.bytes(response.getEntity(), json);
        String etag = tag(response, body);
        headers = response.getHeaders(); // setting the entity may have replaced them
        HttpCaching.Snapshot snapshot = (HttpCaching.Snapshot) request.getProperty(SNAPSHOT);
        Instant lastModified = snapshot == null ? null
                : caching.lastModified(snapshot.at(), snapshot.lastChange(), snapshot.trusted());
        if (lastModified != null) {
            headers.putSingle(HttpHeaders.LAST_MODIFIED, HttpCaching.httpDate(lastModified));
        }
        headers.putSingle(HttpHeaders.CACHE_CONTROL, caching.cacheControl(anonymous));
        if (anonymous && cache.enabled() && snapshot != null && snapshot.trusted()
                && HttpMethod.GET.equals(request.getMethod())) {
            String link = response.getHeaderString("Link");
            cache.keep(http.uri(), new CachedResponse(snapshot.generation(), body,
                    response.getMediaType().toString(), etag, link));
            headers.putSingle(HttpCaching.CACHE_STATUS, "content-api; fwd=miss");
        }
        if (HttpCaching.notModified(request.getHeaderString(HttpHeaders.IF_NONE_MATCH),
                request.getHeaderString(HttpHeaders.IF_MODIFIED_SINCE), etag, lastModified)) {
            response.setStatus(304);
            response.setEntity(null);
        }
    }

    /** Tags the answer with the digest of its body (after its version, if it has one) and sends those bytes. */
    private static String tag(ContainerResponseContext response, byte[] body) {
        String etag = HttpCaching.etag(body, response.getHeaderString(HttpHeaders.ETAG));
        response.getHeaders().putSingle(HttpHeaders.ETAG, etag);
        response.setEntity(body, response.getEntityAnnotations(), response.getMediaType());
        return etag;
    }

    private static boolean safe(String method) {
        return HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method);
    }

    private static boolean json(MediaType type) {
        return type != null && (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)
                || type.getSubtype().endsWith("+json"));
    }
}
