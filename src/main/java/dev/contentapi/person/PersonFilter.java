package dev.contentapi.person;

import java.util.List;

import dev.contentapi.common.query.FilterValues;
import dev.contentapi.common.query.SqlQuery;

/** Which people a list shows: those matching the words of {@code q}, if any, with any of the roles asked for. */
public record PersonFilter(String q, List<String> roles) {

    /** The SQL conditions over {@code person p}, each backed by an index. */
    public SqlQuery where() {
        SqlQuery sql = new SqlQuery();
        if (q != null) {
            sql.and("p.search_vector @@ websearch_to_tsquery('content_simple', " + sql.param(q) + ")");
        }
        if (!roles.isEmpty()) {
            sql.and("p.roles && " + sql.array(roles));
        }
        return sql;
    }

    public String fingerprint() {
        return FilterValues.canonical("q", q) + FilterValues.canonical("role", roles);
    }
}
