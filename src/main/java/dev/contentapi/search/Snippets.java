package dev.contentapi.search;

import java.util.regex.Pattern;

/**
 * Turns a passage that PostgreSQL's {@code ts_headline} cut from an item's text into safe HTML. The database marks the
 * matching words with two private-use characters that the text itself never holds (the query strips them from it);
 * everything else is escaped here, and only then do the marks become {@code <mark>} elements.
 */
final class Snippets {

    /** Before each matching word; never in stored text, since the search query removes it. */
    static final char MATCH_START = '\uE000';
    /** After each matching word. */
    static final char MATCH_END = '\uE001';
    static final String MARKERS = String.valueOf(MATCH_START) + MATCH_END;

    private static final Pattern LINE_MARKUP = Pattern.compile("(?m)^[ \\t]*(?:#{1,6}|>|[-*+]|\\d{1,9}[.)])[ \\t]+");
    private static final Pattern LINK = Pattern.compile("!?\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern EMPHASIS = Pattern.compile("\\*\\*|__|`");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    private Snippets() {
    }

    /** The passage as HTML: Markdown reduced to its words, white space collapsed, escaped, matches in {@code mark}. */
    static String toHtml(String passage) {
        if (passage == null || passage.isBlank()) {
            return null;
        }
        String text = LINE_MARKUP.matcher(passage).replaceAll("");
        text = LINK.matcher(text).replaceAll("$1");
        text = EMPHASIS.matcher(text).replaceAll("");
        text = WHITE_SPACE.matcher(text).replaceAll(" ").strip();
        StringBuilder html = new StringBuilder(text.length() + 32);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                case MATCH_START -> html.append("<mark>");
                case MATCH_END -> html.append("</mark>");
                default -> html.append(c);
            }
        }
        return html.isEmpty() ? null : html.toString();
    }
}
