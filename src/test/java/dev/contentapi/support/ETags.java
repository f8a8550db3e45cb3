package dev.contentapi.support;

import static org.hamcrest.Matchers.matchesPattern;

import org.hamcrest.Matcher;

/** Matchers for item {@code ETag}s: the version, then a digest of the answer ({@code "3-…"}). */
public final class ETags {

    private ETags() {
    }

    /** An item's strong tag at this version. */
    public static Matcher<String> version(long version) {
        return matchesPattern("\"" + version + "-[A-Za-z0-9_-]{22}\"");
    }
}
