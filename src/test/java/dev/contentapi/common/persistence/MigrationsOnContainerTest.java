package dev.contentapi.common.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import dev.contentapi.common.devdb.DockerProbe;

/**
 * The migrations on the PostgreSQL image that Docker Compose runs in production. Needs a container engine: where none
 * answers, the test is skipped, not failed (the rest of the suite runs on an embedded or configured PostgreSQL).
 */
class MigrationsOnContainerTest {

    @Test
    void migratesAndSeedsThePostgresImageUsedInProduction() throws SQLException {
        assumeTrue(DockerProbe.containerEngineAvailable() && DockerClientFactory.instance().isDockerAvailable(),
                "no container engine answers on this machine");
        try (PostgreSQLContainer postgres = new PostgreSQLContainer("postgres:17-alpine")) {
            postgres.start();
            MigrateResult result = Flyway.configure()
                    .dataSource(postgres.getJdbcUrl(), postgres.getUsername(), postgres.getPassword())
                    .load()
                    .migrate();

            assertThat(result.success).isTrue();
            try (Connection connection = DriverManager.getConnection(postgres.getJdbcUrl(), postgres.getUsername(),
                    postgres.getPassword());
                    Statement statement = connection.createStatement();
                    ResultSet names = statement.executeQuery("select name from person order by id")) {
                assertThat(names.next()).isTrue();
                assertThat(names.getString(1)).isEqualTo("José Hernández");
            }
        }
    }
}
