package dev.contentapi.common.query;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import dev.contentapi.common.error.ProblemException;

/**
 * Reads filter parameters. A filter may be repeated to match any of its values ({@code tag=a&tag=b}); different
 * filters must all match. Each reader refuses what is malformed, or more values than a query may ask for.
 */
public final class FilterValues {

    public static final int MAX_VALUES = 20;
    private static final LocalDate EARLIEST = LocalDate.of(1, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(9999, 12, 31);
    private static final String YEARS = "must fall in the years 1 to 9999";
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} '’.-]{0,49}");

    private FilterValues() {
    }

    /** Slugs of related items: {@code author=kate-ohare}. */
    public static List<String> slugs(String name, List<String> values) {
        return checked(name, values, value -> SLUG.matcher(value).matches() && value.length() <= SlugParameter.MAX_LENGTH,
                "must be slugs: lower-case letters and digits in words joined by '-'");
    }

    /** Free words such as tags, roles and genres: letters and digits, up to 50 characters. */
    public static List<String> words(String name, List<String> values) {
        return checked(name, values, value -> WORD.matcher(value).matches(),
                "must be words of letters and digits, up to 50 characters");
    }

    /** Values from a closed set. */
    public static List<String> oneOf(String name, List<String> values, Set<String> allowed) {
        return checked(name, values, allowed::contains,
                "must be one of " + String.join(", ", allowed.stream().sorted().toList()));
    }

    /** An instant ({@code 2023-09-16T00:00:00Z}) or a date, meaning its start in UTC ({@code 2023-09-16}). */
    public static Instant instant(String name, String value) {
        if (value == null) {
            return null;
        }
        try {
            Instant instant = value.length() == 10 ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : Instant.parse(value);
            if (instant.isBefore(EARLIEST.atStartOfDay(ZoneOffset.UTC).toInstant())
                    || !instant.isBefore(LATEST.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant())) {
                throw ProblemException.invalidParameter(name, YEARS);
            }
            return instant;
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidParameter(name,
                    "must be an ISO-8601 date (2023-09-16) or instant in UTC (2023-09-16T00:00:00Z)");
        }
    }

    /** A calendar date: {@code 2023-09-15}. */
    public static LocalDate date(String name, String value) {
        if (value == null) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value);
            if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
                throw ProblemException.invalidParameter(name, YEARS);
            }
            return date;
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidParameter(name, "must be an ISO-8601 date (2023-09-15)");
        }
    }

    private static List<String> checked(String name, List<String> values, java.util.function.Predicate<String> valid,
            String rule) {
        if (values == null || values.isEmpty()) {
            return List.of();
        }
        if (values.size() > MAX_VALUES) {
            throw ProblemException.invalidParameter(name,
                    "takes at most " + MAX_VALUES + " values, but was given " + values.size());
        }
        for (String value : values) {
            if (!valid.test(value)) {
                throw ProblemException.invalidParameter(name, rule);
            }
        }
        return List.copyOf(values.stream().distinct().toList());
    }

    /** The canonical text of a filter, for the fingerprint a cursor carries. */
    public static String canonical(String name, Object value) {
        if (value == null || value instanceof List<?> list && list.isEmpty()) {
            return "";
        }
        Object shown = value instanceof List<?> list ? String.join(",", list.stream().map(Object::toString).sorted().toList())
                : value;
        return name + "=" + shown + ";";
    }
}
