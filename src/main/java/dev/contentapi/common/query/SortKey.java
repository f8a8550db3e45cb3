package dev.contentapi.common.query;

import java.util.function.Function;

/**
 * A field a list may be sorted by: its API name, the SQL expression of its column, the SQL type a cursor value is
 * cast to, whether it may be null (nulls sort last either way), and how to read its value off an entity for the next
 * cursor.
 */
public record SortKey<E>(String name, String column, String sqlType, boolean nullable, Function<E, Object> value) {

    public static <E> SortKey<E> of(String name, String column, String sqlType, boolean nullable,
            Function<E, Object> value) {
        return new SortKey<>(name, column, sqlType, nullable, value);
    }
}
