package dev.contentapi.common.ratelimit;

import dev.contentapi.common.security.TokenValues;
import io.vertx.core.http.HttpServerRequest;

/**
 * Who a client is, for limits: its address (behind a trusted proxy, set {@code quarkus.http.proxy.*} so that the
 * forwarded address is used), kept only as a hash.
 */
public final class Clients {

    private Clients() {
    }

    public static String of(HttpServerRequest request) {
        String address = request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
        return TokenValues.hash("client:" + address);
    }
}
