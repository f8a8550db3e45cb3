package dev.contentapi.person;

import java.util.List;

import dev.contentapi.common.query.FilterValues;
import dev.contentapi.common.query.SqlQuery;

/** Which people a list shows: those with any of the roles asked for. */
public record PersonFilter(List<String> roles) {

    /** The SQL conditions over {@code person p}, each backed by an index. */
    public SqlQuery where() {
        SqlQuery sql = new SqlQuery();
        if (!roles.isEmpty()) {
            sql.and("p.roles && " + sql.array(roles));
        }
        return sql;
    }

    public String fingerprint() {
        return FilterValues.canonical("role", roles);
    }
}
