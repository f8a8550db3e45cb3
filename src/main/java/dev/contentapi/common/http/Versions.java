package dev.contentapi.common.http;

import jakarta.ws.rs.core.EntityTag;

import org.jboss.resteasy.reactive.RestResponse;

import dev.contentapi.common.error.ProblemException;
import dev.contentapi.common.error.ProblemType;

/**
 * Optimistic concurrency over HTTP: an item's strong {@code ETag} starts with its version, and a change must send it back in
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

    /**
     * Checks the version that {@code If-Match} names: 428 when it is missing, 412 when it is not the current one. An
     * item's {@code ETag} is its version followed by a digest of the answer it came with ({@code "3-…"}, see
     * {@code HttpCaching}); only the version counts here, so that a change to what the answer included (its author,
     * its comment count) does not refuse an editor's change to the item itself.
     */
    public static void require(String ifMatch, long current) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED,
                    "Send If-Match with the item's ETag, as last read (its current version is " + current + ").");
        }
        String version = Long.toString(current);
        for (String tag : ifMatch.split(",")) {
            String candidate = tag.strip();
            if (candidate.equals("*") || version.equals(versionOf(candidate))) {
                return;
            }
        }
        throw new ProblemException(ProblemType.PRECONDITION_FAILED,
                "The item has changed: its current version is " + current + ", not the one in If-Match ("
                        + ifMatch.strip() + "). Read it again for its current ETag.");
    }

    /** The version an entity tag names ({@code "3"} or {@code "3-digest"}), or null for a weak or foreign tag. */
    private static String versionOf(String tag) {
        if (tag.length() < 2 || !tag.startsWith("\"") || !tag.endsWith("\"")) {
            return null;
        }
        String opaque = tag.substring(1, tag.length() - 1);
        int dash = opaque.indexOf('-');
        return dash < 0 ? opaque : opaque.substring(0, dash);
    }
}
