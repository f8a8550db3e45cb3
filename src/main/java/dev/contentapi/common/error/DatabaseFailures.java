package dev.contentapi.common.error;

import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Tells a database that is unavailable or too slow for now from a bug, by the SQLSTATE of any {@link SQLException}
 * among an exception's causes (Hibernate, the transaction manager and the security layer each wrap it differently):
 * <ul>
 * <li>{@code 08…} connection exceptions: refused, broken, closed;</li>
 * <li>{@code 57P01}, {@code 57P02}, {@code 57P03}: the server is shutting down, crashed or is starting;</li>
 * <li>{@code 53300}: it has no connection left;</li>
 * <li>{@code 57014}: a statement was cancelled, by the statement timeout;</li>
 * <li>the connection pool's own refusals, which carry no SQLSTATE: no connection within the acquisition timeout, or
 * the pool closing (Agroal says so only in its messages).</li>
 * </ul>
 */
public final class DatabaseFailures {

    /** What kind of passing failure it is. */
    public enum Kind {
        /** The database cannot be reached, or no connection was free in time. */
        UNAVAILABLE,
        /** A statement ran past the statement timeout and was cancelled. */
        TIMED_OUT
    }

    private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03", "53300");
    private static final String QUERY_CANCELED = "57014";

    private DatabaseFailures() {
    }

    /** The kind of passing database failure somewhere among the causes of {@code failure}, if any. */
    public static Optional<Kind> of(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> next = new ArrayDeque<>();
        next.add(failure);
        while (!next.isEmpty()) {
            Throwable current = next.poll();
            if (!seen.add(current)) {
                continue;
            }
            if (current instanceof SQLException sql) {
                Kind kind = kind(sql);
                if (kind != null) {
                    return Optional.of(kind);
                }
                if (sql.getNextException() != null) {
                    next.add(sql.getNextException());
                }
            }
            if (current.getCause() != null) {
                next.add(current.getCause());
            }
            Collections.addAll(next, current.getSuppressed());
        }
        return Optional.empty();
    }

    private static Kind kind(SQLException e) {
        String state = e.getSQLState();
        if (state == null) {
            String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
            return message.contains("acquisition timeout") || message.contains("pool is closed")
                    || message.contains("pool is shutting down") ? Kind.UNAVAILABLE : null;
        }
        if (state.equals(QUERY_CANCELED)) {
            return Kind.TIMED_OUT;
        }
        return state.startsWith("08") || UNAVAILABLE_STATES.contains(state) ? Kind.UNAVAILABLE : null;
    }
}
