package dev.contentapi.common.http;

import jakarta.ws.rs.core.EntityTag;

import org.jboss.resteasy.reactive.RestResponse;

import dev.contentapi.common.error.ProblemException;
import dev.contentapi.common.error.ProblemType;

/**
 * Optimistic concurrency over HTTP: an item's strong {@code ETag} is its version, and a change must send it back in
 * {@code If-Match}. Without one: 428. With one that is not current: 412, naming the current version.
 */
public final class Versions {

    public static final String IF_MATCH_DESCRIPTION = "The item's `ETag`, as last read. Required: without it the change is refused with 428, "
            + "and with a version that is no longer current with 412.";

    private Versions() {
    }

    /** The response with the item's version as its strong {@code ETag}. */
    public static RestResponse<Object> tagged(RestResponse.ResponseBuilder<?> response, long version) {
        @SuppressWarnings("unchecked")
        RestResponse.ResponseBuilder<Object> builder = (RestResponse.ResponseBuilder<Object>) response;
        return builder.tag(etag(version)).build();
    }

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** The version that {@code If-Match} names; 428 when it is missing, 412 when it is not the current one. */
    public static void require(String ifMatch, long current) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED,
                    "Send If-Match with the item's ETag (\"" + current + "\" when last changed).");
        }
        String expected = "\"" + current + "\"";
        for (String tag : ifMatch.split(",")) {
            String candidate = tag.strip();
            if (candidate.equals(expected) || candidate.equals("*")) {
                return;
            }
        }
        throw new ProblemException(ProblemType.PRECONDITION_FAILED,
                "The item has changed: its current version is " + current + " (ETag \"" + current + "\"), not "
                        + ifMatch.strip() + ".");
    }
}
