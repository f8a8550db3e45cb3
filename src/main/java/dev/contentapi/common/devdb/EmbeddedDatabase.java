package dev.contentapi.common.devdb;

import java.io.IOException;
import java.io.UncheckedIOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One embedded PostgreSQL server per JVM: real PostgreSQL binaries unpacked from a Maven artifact, for machines with
 * neither Docker nor a PostgreSQL server. Dev mode and the tests use it; the packaged application never does (the
 * artifact is a {@code provided} dependency, absent from the jar).
 */
public final class EmbeddedDatabase {

    /** Survives dev-mode restarts, which load this class again in a new class loader. */
    private static final String URL_PROPERTY = "content.embedded-postgres.url";

    private EmbeddedDatabase() {
    }

    /** Starts the server on first use and answers the JDBC URL of its {@code postgres} database. */
    public static synchronized String jdbcUrl() {
        String url = System.getProperty(URL_PROPERTY);
        if (url == null) {
            try {
                EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                        .setServerConfig("max_connections", "100")
                        .setRegisterShutdownHook(true)
                        .start();
                url = postgres.getJdbcUrl("postgres", "postgres");
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the embedded PostgreSQL server", e);
            }
            System.setProperty(URL_PROPERTY, url);
        }
        return url;
    }

    public static String username() {
        return "postgres";
    }
}
