package dev.contentapi.common.query;

import java.util.ArrayList;
import java.util.List;

import dev.contentapi.common.error.ProblemException;

/**
 * Keyset paging: the SQL condition "comes after this cursor" for a sort, and the cursor values of an item. With nulls
 * last in both directions, an item comes after the cursor when, for some sort field, every field before it is equal and
 * that field is further along: a greater (or, descending, a smaller) value, or null after a value.
 */
public final class Keyset {

    private Keyset() {
    }

    public static <E> void after(SqlQuery sql, ListSort<E> sort, List<String> values) {
        if (values.size() != sort.orders().size() + 1 || values.get(values.size() - 1) == null) {
            throw ProblemException.invalidParameter(Cursor.PARAMETER, "does not fit this list's sort");
        }
        List<String> equal = new ArrayList<>();
        List<String> alternatives = new ArrayList<>();
        for (int i = 0; i < sort.orders().size(); i++) {
            ListSort.Order<E> order = sort.orders().get(i);
            SortKey<E> key = order.key();
            String value = values.get(i);
            if (value == null) {
                equal.add(key.column() + " is null");
                continue;
            }
            String bound = "cast(" + sql.param(value) + " as " + key.sqlType() + ")";
            String further = key.column() + (order.descending() ? " < " : " > ") + bound;
            alternatives.add(conjunction(equal, key.nullable() ? "(" + further + " or " + key.column() + " is null)"
                    : further));
            equal.add(key.column() + " = " + bound);
        }
        String id = "cast(" + sql.param(values.get(values.size() - 1)) + " as bigint)";
        alternatives.add(conjunction(equal, sort.idColumn() + (sort.idDescending() ? " < " : " > ") + id));
        sql.and("(" + String.join(" or ", alternatives) + ")");
    }

    /** The cursor values of an item: each sort field's value as text (null stays null), then the id. */
    public static <E> List<String> valuesOf(ListSort<E> sort, E item, long id) {
        List<String> values = new ArrayList<>();
        for (ListSort.Order<E> order : sort.orders()) {
            Object value = order.key().value().apply(item);
            values.add(value == null ? null : value.toString());
        }
        values.add(Long.toString(id));
        return values;
    }

    private static String conjunction(List<String> equal, String last) {
        List<String> parts = new ArrayList<>(equal);
        parts.add(last);
        return "(" + String.join(" and ", parts) + ")";
    }
}
