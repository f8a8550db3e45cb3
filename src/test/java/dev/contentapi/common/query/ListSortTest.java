package dev.contentapi.common.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The SQL order of a list. Only nullable columns say {@code nulls last}, so that a descending sort on a column that is
 * never null reads the ascending {@code (column, id)} index backwards (checked on real plans by src/bench/explain.sh).
 */
class ListSortTest {

    private static final Map<String, SortKey<Object>> KEYS = new LinkedHashMap<>();

    static {
        KEYS.put("publishedAt", SortKey.of("publishedAt", "a.published_at", "timestamptz", true, item -> null));
        KEYS.put("title", SortKey.of("title", "a.title", "text", false, item -> null));
    }

    private static String orderBy(String sort) {
        return ListSort.parse(sort, KEYS, "-publishedAt", "a.id").orderBy();
    }

    @Test
    void nullableColumnsSortNullsLastBothWays() {
        assertEquals("a.published_at desc nulls last, a.id desc", orderBy("-publishedAt"));
        assertEquals("a.published_at asc nulls last, a.id asc", orderBy("publishedAt"));
    }

    @Test
    void columnsThatAreNeverNullSayNothingOfNulls() {
        assertEquals("a.title desc, a.id desc", orderBy("-title"));
        assertEquals("a.title asc, a.id asc", orderBy("title"));
    }

    @Test
    void idFollowsTheDirectionOfTheFirstField() {
        assertEquals("a.title desc, a.published_at asc nulls last, a.id desc", orderBy("-title,publishedAt"));
    }
}
