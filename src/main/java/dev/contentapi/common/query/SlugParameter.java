package dev.contentapi.common.query;

import java.util.regex.Pattern;

import dev.contentapi.common.error.ProblemException;

/** Reads a slug from a path: lower-case letters and digits in words joined by '-', as the database allows. */
public final class SlugParameter {

    public static final int MAX_LENGTH = 200;
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private SlugParameter() {
    }

    public static String parse(String raw) {
        if (raw.length() > MAX_LENGTH || !SLUG.matcher(raw).matches()) {
            throw ProblemException.invalidParameter("slug", "must be at most " + MAX_LENGTH
                    + " lower-case letters and digits, in words joined by '-' (like 'jose-hernandez')");
        }
        return raw;
    }
}
