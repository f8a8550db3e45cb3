package dev.contentapi.common.query;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.contentapi.common.error.ProblemException;

/**
 * The order of a list, read from {@code sort=-publishedAt,title}: fields from a per-type allow-list, {@code -} for
 * descending, nulls last, and always the id last, in the direction of the first field, so that no two items tie and
 * paging neither skips nor repeats.
 */
public record ListSort<E>(List<Order<E>> orders, String idColumn, boolean idDescending, String spec) {

    public static final String PARAMETER = "sort";

    public record Order<E>(SortKey<E> key, boolean descending) {
    }

    /**
     * @param raw the parameter as sent, or null for {@code absent}
     * @param keys the allowed fields by API name, in documentation order
     */
    public static <E> ListSort<E> parse(String raw, Map<String, SortKey<E>> keys, String absent, String idColumn) {
        String spec = raw == null ? absent : raw;
        String[] fields = spec.split(",", -1);
        if (fields.length > keys.size()) {
            throw invalid("names at most " + keys.size() + " fields", keys);
        }
        List<Order<E>> orders = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String field : fields) {
            boolean descending = field.startsWith("-");
            String name = descending ? field.substring(1) : field;
            SortKey<E> key = keys.get(name);
            if (key == null) {
                throw invalid(name.isEmpty() ? "has an empty field" : "cannot sort by '" + name + "'", keys);
            }
            if (!seen.add(name)) {
                throw invalid("names '" + name + "' twice", keys);
            }
            orders.add(new Order<>(key, descending));
        }
        return new ListSort<>(List.copyOf(orders), idColumn, orders.get(0).descending(), spec);
    }

    /**
     * The SQL {@code order by} list. Only a column that may be null says {@code nulls last}: for the others it changes
     * nothing, and leaving it out lets a descending sort read an ascending {@code (column, id)} index backwards (an
     * index gives {@code desc nulls first} backwards, never {@code desc nulls last}).
     */
    public String orderBy() {
        String keys = orders.stream()
                .map(order -> order.key().column() + (order.descending() ? " desc" : " asc")
                        + (order.key().nullable() ? " nulls last" : ""))
                .collect(Collectors.joining(", "));
        return keys + ", " + idColumn + (idDescending ? " desc" : " asc");
    }

    private static ProblemException invalid(String problem, Map<String, ? extends SortKey<?>> keys) {
        return ProblemException.invalidParameter(PARAMETER,
                problem + "; allowed: " + String.join(", ", keys.keySet()) + ", each optionally prefixed with '-'");
    }
}
