package dev.contentapi.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.logging.Logger;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import dev.contentapi.common.devdb.DockerProbe;
import dev.contentapi.common.devdb.EmbeddedDatabase;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Gives every test run a fresh database of its own on a real PostgreSQL, in every world:
 * <ol>
 * <li>a server named by {@code QUARKUS_DATASOURCE_JDBC_URL} (and {@code _USERNAME}, {@code _PASSWORD}), when set;</li>
 * <li>otherwise a PostgreSQL container through Testcontainers, when a container engine answers;</li>
 * <li>otherwise an embedded PostgreSQL, real binaries from a Maven artifact.</li>
 * </ol>
 * On that server it creates a database with a unique name, hands its URL to the application (which migrates it with
 * Flyway, seed content included) and drops it when the run ends, so runs never see each other's data.
 */
@QuarkusTestResource(PostgresTestResource.class)
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private static final Logger LOG = Logger.getLogger(PostgresTestResource.class);
    private static final Pattern DATABASE_IN_URL = Pattern.compile("^(jdbc:postgresql://[^/?]*/)([^?]*)(.*)$");

    private static volatile Map<String, String> datasource;

    private PostgreSQLContainer container;
    private String adminUrl;
    private String username;
    private String password;
    private String database;

    @Override
    public Map<String, String> start() {
        String configured = setting("QUARKUS_DATASOURCE_JDBC_URL", "quarkus.datasource.jdbc.url");
        if (configured != null) {
            adminUrl = configured;
            username = setting("QUARKUS_DATASOURCE_USERNAME", "quarkus.datasource.username");
            password = setting("QUARKUS_DATASOURCE_PASSWORD", "quarkus.datasource.password");
            LOG.infof("Tests use the configured PostgreSQL server %s", configured);
        } else if (DockerProbe.containerEngineAvailable() && DockerClientFactory.instance().isDockerAvailable()) {
            container = new PostgreSQLContainer("postgres:17-alpine");
            container.start();
            adminUrl = container.getJdbcUrl();
            username = container.getUsername();
            password = container.getPassword();
            LOG.info("Tests use a PostgreSQL container");
        } else {
            adminUrl = EmbeddedDatabase.jdbcUrl();
            username = EmbeddedDatabase.username();
            password = "";
            LOG.info("Tests use an embedded PostgreSQL (no configured server, no container engine)");
        }
        database = "content_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16)
                .toLowerCase(Locale.ROOT);
        execute("create database " + database);
        datasource = Map.of(
                "quarkus.datasource.jdbc.url", withDatabase(adminUrl, database),
                "quarkus.datasource.username", username == null ? "" : username,
                "quarkus.datasource.password", password == null ? "" : password);
        return datasource;
    }

    /**
     * The datasource of this run's database, for tests that start more of the application themselves (a second
     * replica of the packaged jar).
     */
    public static Map<String, String> datasource() {
        if (datasource == null) {
            throw new IllegalStateException("The test database is not started");
        }
        return datasource;
    }

    @Override
    public void stop() {
        try {
            if (database != null) {
                execute("drop database if exists " + database + " with (force)");
            }
        } catch (RuntimeException e) {
            LOG.warnf(e, "Could not drop the test database %s", database);
        } finally {
            if (container != null) {
                container.stop();
            }
        }
    }

    private void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(adminUrl, username, password);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not run '" + sql + "' on " + adminUrl
                    + " (the test user needs the CREATEDB privilege)", e);
        }
    }

    static String withDatabase(String url, String database) {
        Matcher matcher = DATABASE_IN_URL.matcher(url);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Not a PostgreSQL JDBC URL with a host: " + url);
        }
        return matcher.group(1) + database + matcher.group(3);
    }

    private static String setting(String environment, String property) {
        String value = System.getProperty(property, System.getenv(environment));
        return value == null || value.isBlank() ? null : value;
    }
}
