package dev.contentapi.common.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * A parameterised SQL {@code where} clause built piece by piece: every value a client sends is a bound parameter,
 * never text in the statement.
 */
public final class SqlQuery {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /** Binds a value and answers its placeholder, to write into a condition. A collection expands to a list. */
    public String param(Object value) {
        String name = "p" + parameters.size();
        parameters.put(name, value);
        return ":" + name;
    }

    /** Binds values as one SQL {@code text[]} (for array operators such as {@code &&}) and answers its placeholder. */
    public String array(List<String> values) {
        return "cast(" + param(values.toArray(String[]::new)) + " as text[])";
    }

    public SqlQuery and(String condition) {
        conditions.add(condition);
        return this;
    }

    public SqlQuery copy() {
        SqlQuery copy = new SqlQuery();
        copy.conditions.addAll(conditions);
        copy.parameters.putAll(parameters);
        return copy;
    }

    public String where() {
        return conditions.isEmpty() ? "true" : String.join(" and ", conditions);
    }

    public Query bind(Query query) {
        parameters.forEach(query::setParameter);
        return query;
    }

    /** The ids that {@code select} finds, in its order. */
    @SuppressWarnings("unchecked")
    public List<Long> ids(EntityManager em, String select) {
        return ((List<Number>) bind(em.createNativeQuery(select)).getResultList()).stream()
                .map(Number::longValue).toList();
    }

    public long count(EntityManager em, String select) {
        return ((Number) bind(em.createNativeQuery(select)).getSingleResult()).longValue();
    }
}
