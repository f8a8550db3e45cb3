package dev.contentapi.common.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import jakarta.persistence.PersistenceException;

import org.hibernate.exception.GenericJDBCException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

import dev.contentapi.common.error.DatabaseFailures.Kind;
import io.quarkus.security.AuthenticationFailedException;

/**
 * Which failures are a database unavailable or too slow for now (a 503), and which are bugs (a 500), however they are
 * wrapped. The packaged-jar outage test and the statement-timeout test meet the common ones for real; this names
 * every rule, including the pool's acquisition timeout, which a stopped database does not produce.
 */
class DatabaseFailuresTest {

    private static SQLException state(String sqlState) {
        return new SQLException("from the driver", sqlState);
    }

    @Test
    void connectionExceptionsAreUnavailableHoweverWrapped() {
        assertThat(DatabaseFailures.of(state("08001"))).contains(Kind.UNAVAILABLE);
        assertThat(DatabaseFailures.of(new JDBCConnectionException("Unable to acquire JDBC Connection",
                state("08006")))).contains(Kind.UNAVAILABLE);
        assertThat(DatabaseFailures.of(new AuthenticationFailedException(new PersistenceException(
                new GenericJDBCException("JDBC exception", state("57P01")))))).contains(Kind.UNAVAILABLE);
    }

    @Test
    void aServerShuttingDownCrashedStartingOrFullIsUnavailable() {
        for (String sqlState : new String[] { "57P01", "57P02", "57P03", "53300", "08003", "08004" }) {
            assertThat(DatabaseFailures.of(state(sqlState))).as(sqlState).contains(Kind.UNAVAILABLE);
        }
    }

    @Test
    void theConnectionPoolsOwnRefusalsAreUnavailable() {
        for (String message : new String[] { "Sorry, acquisition timeout!",
                "Acquisition timeout while waiting for new connection", "Acquisition timeout on health check",
                "This pool is closed and does not handle any more connections!",
                "Can't create new connection as the pool is shutting down" }) {
            assertThat(DatabaseFailures.of(new GenericJDBCException("Unable to acquire JDBC Connection",
                    new SQLException(message)))).as(message).contains(Kind.UNAVAILABLE);
        }
    }

    @Test
    void aCancelledStatementTimedOut() {
        assertThat(DatabaseFailures.of(new PersistenceException(state("57014")))).contains(Kind.TIMED_OUT);
    }

    @Test
    void aSuppressedOrChainedFailureCounts() {
        RuntimeException commit = new RuntimeException("rollback");
        commit.addSuppressed(state("08006"));
        assertThat(DatabaseFailures.of(commit)).contains(Kind.UNAVAILABLE);
        SQLException batch = state("42000");
        batch.setNextException(new SQLTransientConnectionException("gone", "08006"));
        assertThat(DatabaseFailures.of(batch)).contains(Kind.UNAVAILABLE);
    }

    @Test
    void otherFailuresAreBugsNotOutages() {
        assertThat(DatabaseFailures.of(state("23505"))).as("unique violation").isEmpty();
        assertThat(DatabaseFailures.of(state("42P01"))).as("undefined table").isEmpty();
        assertThat(DatabaseFailures.of(new SQLException("no state"))).isEmpty();
        assertThat(DatabaseFailures.of(new IllegalStateException("a bug"))).isEmpty();
        RuntimeException loop = new RuntimeException("outer");
        RuntimeException inner = new RuntimeException("inner", loop);
        loop.initCause(inner);
        assertThat(DatabaseFailures.of(loop)).as("a cycle of causes ends").isEmpty();
    }
}
