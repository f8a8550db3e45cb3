package dev.contentapi.common.paging;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;

/**
 * The RFC 8288 {@code Link} header of a page, each target the request's own path and query with another page. Paged by
 * number: {@code first}, {@code prev}, {@code next} and {@code last}. Paged by cursor: {@code first} and {@code next}.
 * Targets are root-relative, so they stay right behind any proxy.
 */
public final class LinkHeader {

    private LinkHeader() {
    }

    public static String of(UriInfo uri, PageMeta meta) {
        List<String> links = new ArrayList<>(4);
        UriBuilder first = uri.getRequestUriBuilder();
        if (uri.getQueryParameters().containsKey("cursor")) {
            first.replaceQueryParam("cursor");
        }
        links.add(link(first.replaceQueryParam("page", 1), "first"));
        if (meta.page() == null) {
            if (meta.nextCursor() != null) {
                links.add(link(uri.getRequestUriBuilder().replaceQueryParam("cursor", meta.nextCursor()), "next"));
            }
            return String.join(", ", links);
        }
        int last = Math.max(meta.totalPages(), 1);
        if (meta.page() > 1) {
            links.add(link(uri, Math.min(meta.page() - 1, last), "prev"));
        }
        if (meta.page() < last) {
            links.add(link(uri, meta.page() + 1, "next"));
        }
        links.add(link(uri, last, "last"));
        return String.join(", ", links);
    }

    private static String link(UriInfo uri, int page, String rel) {
        return link(uri.getRequestUriBuilder().replaceQueryParam("page", page), rel);
    }

    private static String link(UriBuilder target, String rel) {
        URI built = target.build();
        return "<" + built.getRawPath() + "?" + built.getRawQuery() + ">; rel=\"" + rel + "\"";
    }
}
