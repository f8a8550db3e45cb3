package dev.contentapi.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A connection of its own to the test database, outside the application's pool: what another replica of the API, or
 * a tool working on the database, would have.
 */
public final class Database {

    private Database() {
    }

    public static Connection connect() throws SQLException {
        var config = ConfigProvider.getConfig();
        Properties properties = new Properties();
        config.getOptionalValue("quarkus.datasource.username", String.class)
                .ifPresent(user -> properties.setProperty("user", user));
        config.getOptionalValue("quarkus.datasource.password", String.class)
                .ifPresent(secret -> properties.setProperty("password", secret));
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class), properties);
    }
}
