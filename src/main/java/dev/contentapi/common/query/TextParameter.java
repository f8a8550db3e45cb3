package dev.contentapi.common.query;

import dev.contentapi.common.error.ProblemException;

/** Reads {@code q}, words to search for in web-search syntax: 1 to 200 characters, no control characters. */
public final class TextParameter {

    public static final String NAME = "q";
    /** The longest query, in characters: a cost limit (every word is a lookup) far above what people type. */
    public static final int MAX_LENGTH = 200;

    private TextParameter() {
    }

    /** The query, trimmed; null when absent and not required. */
    public static String parse(String raw, boolean required) {
        if (raw == null) {
            if (required) {
                throw ProblemException.invalidParameter(NAME, "is required: the words to search for");
            }
            return null;
        }
        String text = raw.strip();
        int length = text.codePointCount(0, text.length());
        if (length < 1 || length > MAX_LENGTH) {
            throw ProblemException.invalidParameter(NAME, "must have 1 to " + MAX_LENGTH
                    + " characters, not counting spaces at either end, not " + length);
        }
        if (text.codePoints().anyMatch(c -> Character.isISOControl(c) && !Character.isWhitespace(c))) {
            throw ProblemException.invalidParameter(NAME, "must not contain control characters");
        }
        return text;
    }
}
