package dev.contentapi.search;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import dev.contentapi.common.paging.PageRequest;
import dev.contentapi.common.query.PageParameters;
import dev.contentapi.common.query.ParameterErrors;
import dev.contentapi.common.query.TextParameter;

/**
 * What a search asks for: the text in web-search syntax, the types of item to look in, and the page.
 *
 * @param text the query, trimmed: 1 to {@value #MAX_LENGTH} characters
 * @param approximate whether names and titles may also match by prefix or a small typo: only for plain words, since
 *        approximate matching cannot honour a quoted phrase, {@code or}, or a {@code -word} exclusion
 */
public record SearchQuery(String text, Set<SearchType> types, boolean approximate, PageRequest page) {

    public static final String PARAMETER = TextParameter.NAME;
    public static final int MAX_LENGTH = TextParameter.MAX_LENGTH;

    /** A quote, a '-' that starts a word, or a lone "or": what websearch_to_tsquery reads as operators. */
    private static final Pattern OPERATOR = Pattern.compile("\"|(?<![\\p{L}\\p{N}])-|(?<=\\s)or(?=\\s)",
            Pattern.CASE_INSENSITIVE);

    /** Reads the search parameters, reporting every invalid one together. */
    public static SearchQuery of(String q, List<String> types, PageParameters paging) {
        ParameterErrors errors = new ParameterErrors();
        String text = errors.check(() -> TextParameter.parse(q, true));
        Set<SearchType> kinds = errors.check(() -> SearchType.parse(types));
        Integer page = errors.check(() -> PageRequest.page(paging.page));
        Integer size = errors.check(() -> PageRequest.size(paging.size));
        errors.throwIfAny();
        return new SearchQuery(text, Set.copyOf(kinds), !OPERATOR.matcher(text).find(), new PageRequest(page, size));
    }
}
