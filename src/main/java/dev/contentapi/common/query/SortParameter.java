package dev.contentapi.common.query;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import dev.contentapi.common.error.ProblemException;
import io.quarkus.panache.common.Sort;

/**
 * Reads {@code sort=-publishedAt,title}: fields from a per-type allow-list, {@code -} for descending. The result always
 * ends with the id, in the direction of the first field, so that no two items tie and paging neither skips nor repeats.
 */
public final class SortParameter {

    public static final String NAME = "sort";

    private SortParameter() {
    }

    /**
     * @param raw the parameter as sent, or null
     * @param allowed API field name to entity property, in the order the documentation lists them
     * @param absent the sort to use when the parameter is absent, in the same syntax
     */
    public static Sort parse(String raw, Map<String, String> allowed, String absent) {
        String value = raw == null ? absent : raw;
        String[] fields = value.split(",", -1);
        if (fields.length > allowed.size()) {
            throw invalid("names at most " + allowed.size() + " fields", allowed);
        }
        Sort sort = null;
        Sort.Direction first = null;
        Set<String> seen = new HashSet<>();
        for (String field : fields) {
            boolean descending = field.startsWith("-");
            String name = descending ? field.substring(1) : field;
            String property = allowed.get(name);
            if (property == null) {
                throw invalid(name.isEmpty() ? "has an empty field" : "cannot sort by '" + name + "'", allowed);
            }
            if (!seen.add(name)) {
                throw invalid("names '" + name + "' twice", allowed);
            }
            Sort.Direction direction = descending ? Sort.Direction.Descending : Sort.Direction.Ascending;
            first = first == null ? direction : first;
            sort = sort == null
                    ? Sort.by(property, direction, Sort.NullPrecedence.NULLS_LAST)
                    : sort.and(property, direction, Sort.NullPrecedence.NULLS_LAST);
        }
        return sort.and("id", first);
    }

    private static ProblemException invalid(String problem, Map<String, String> allowed) {
        return ProblemException.invalidParameter(NAME,
                problem + "; allowed: " + String.join(", ", allowed.keySet()) + ", each optionally prefixed with '-'");
    }
}
