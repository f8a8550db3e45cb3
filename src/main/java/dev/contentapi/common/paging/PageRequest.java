package dev.contentapi.common.paging;

import dev.contentapi.common.error.ProblemException;

/** Which page of a list to answer: 1-based {@code page}, and {@code size} items per page. */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    /** Pages past this would ask the database to skip more rows than any real client pages through. */
    public static final int MAX_PAGE = 10_000;

    /** Reads the {@code page} query parameter; absent means the first. */
    public static int page(String raw) {
        return QueryInts.parse("page", raw, 1, 1, MAX_PAGE);
    }

    /** Reads the {@code size} query parameter; absent means 20. */
    public static int size(String raw) {
        return QueryInts.parse("size", raw, DEFAULT_SIZE, 1, MAX_SIZE);
    }

    public int offset() {
        return (page - 1) * size;
    }

    /** Parses bounded integers from query strings, naming the parameter when one is wrong. */
    static final class QueryInts {

        private QueryInts() {
        }

        static int parse(String name, String raw, int absent, int min, int max) {
            if (raw == null) {
                return absent;
            }
            String range = "must be an integer from " + min + " to " + max;
            if (!raw.matches("[0-9]{1,9}")) {
                throw ProblemException.invalidParameter(name, range + ", not '" + raw + "'");
            }
            int value = Integer.parseInt(raw);
            if (value < min || value > max) {
                throw ProblemException.invalidParameter(name, range + ", not " + value);
            }
            return value;
        }
    }
}
