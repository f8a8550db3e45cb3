package dev.contentapi.common.paging;

import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.RestResponse;

/** A page of a list as an HTTP answer: the body, and the {@code Link} header to its neighbours. */
public final class PagedResponses {

    public static final String LINK_HEADER_DESCRIPTION = "RFC 8288 links to the first, previous, next and last pages.";

    private PagedResponses() {
    }

    public static <T> RestResponse<T> ok(T body, PageMeta meta, UriInfo uri) {
        return RestResponse.ResponseBuilder.ok(body).header("Link", LinkHeader.of(uri, meta)).build();
    }
}
