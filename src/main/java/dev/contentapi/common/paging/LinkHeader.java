package dev.contentapi.common.paging;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.core.UriInfo;

/**
 * The RFC 8288 {@code Link} header of a page: {@code first}, {@code prev}, {@code next} and {@code last}, each the
 * request's own path and query with another {@code page}. Targets are root-relative, so they stay right behind any
 * proxy.
 */
public final class LinkHeader {

    private LinkHeader() {
    }

    public static String of(UriInfo uri, PageMeta meta) {
        int last = Math.max(meta.totalPages(), 1);
        List<String> links = new ArrayList<>(4);
        links.add(link(uri, 1, "first"));
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
        URI target = uri.getRequestUriBuilder().replaceQueryParam("page", page).build();
        return "<" + target.getRawPath() + "?" + target.getRawQuery() + ">; rel=\"" + rel + "\"";
    }
}
