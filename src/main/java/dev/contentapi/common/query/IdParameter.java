package dev.contentapi.common.query;

import dev.contentapi.common.error.ProblemException;

/** Reads a numeric id from a path. */
public final class IdParameter {

    public static final String NAME = "id";

    private IdParameter() {
    }

    public static long parse(String raw) {
        if (!raw.matches("[1-9][0-9]{0,17}")) {
            throw ProblemException.invalidParameter(NAME, "must be a positive integer, not '" + raw + "'");
        }
        return Long.parseLong(raw);
    }
}
