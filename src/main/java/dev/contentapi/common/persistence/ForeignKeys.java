package dev.contentapi.common.persistence;

import java.sql.SQLException;

import org.hibernate.JDBCException;

/** Recognises the database's refusal to delete a row that another row still refers to ({@code on delete restrict}). */
public final class ForeignKeys {

    private static final String FOREIGN_KEY_VIOLATION = "23503";

    private ForeignKeys() {
    }

    public static boolean violated(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JDBCException jdbc && FOREIGN_KEY_VIOLATION.equals(jdbc.getSQLState())) {
                return true;
            }
            if (cause instanceof SQLException sql && FOREIGN_KEY_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
