package dev.contentapi.common.devdb;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.eclipse.microprofile.config.spi.ConfigSource;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;

/**
 * In dev mode, picks the database when none is configured: Dev Services where a container engine answers, otherwise an
 * embedded PostgreSQL, so {@code ./mvnw quarkus:dev} works on any machine. A configured
 * {@code quarkus.datasource.jdbc.url} (e.g. {@code QUARKUS_DATASOURCE_JDBC_URL}) always wins. Other profiles are left
 * untouched: production needs a configured database, and the tests bring their own.
 */
public class DevDatabaseConfigSourceFactory implements ConfigSourceFactory {

    static final String MODE = "content.dev-database";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (!context.getProfiles().contains("dev") || isSet(context, "quarkus.datasource.jdbc.url")) {
            return List.of();
        }
        ConfigValue mode = context.getValue(MODE);
        String choice = mode == null || mode.getValue() == null ? "auto" : mode.getValue();
        boolean embedded = switch (choice) {
            case "embedded" -> true;
            case "dev-services" -> false;
            case "auto" -> !DockerProbe.containerEngineAvailable();
            default -> throw new IllegalArgumentException(MODE + " must be auto, embedded or dev-services, not " + choice);
        };
        if (!embedded) {
            return List.of();
        }
        return List.of(new PropertiesConfigSource(Map.of(
                "quarkus.datasource.jdbc.url", EmbeddedDatabase.jdbcUrl(),
                "quarkus.datasource.username", EmbeddedDatabase.username(),
                "quarkus.datasource.password", "",
                "quarkus.datasource.devservices.enabled", "false"), "embedded-postgresql", 275));
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(275);
    }

    private static boolean isSet(ConfigSourceContext context, String name) {
        ConfigValue value = context.getValue(name);
        return value != null && value.getValue() != null && !value.getValue().isBlank();
    }
}
