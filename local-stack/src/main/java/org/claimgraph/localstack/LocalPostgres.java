package org.claimgraph.localstack;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The database the services run on when none is configured: an external PostgreSQL named by the {@code DB_*}
 * environment variables wins; otherwise a real PostgreSQL server (zonky's embedded binaries) is started here.
 */
public final class LocalPostgres implements AutoCloseable {

    public static final String DATABASE = "claimgraph";
    public static final String USER = "claimgraph";
    public static final String PASSWORD = "claimgraph";

    private final EmbeddedPostgres embedded;
    private final String host;
    private final int port;
    private final String database;
    private final String user;
    private final String password;

    private LocalPostgres(EmbeddedPostgres embedded, String host, int port, String database, String user, String password) {
        this.embedded = embedded;
        this.host = host;
        this.port = port;
        this.database = database;
        this.user = user;
        this.password = password;
    }

    /** True when the environment names an external database, which must then be used instead of an embedded one. */
    public static boolean externalConfigured() {
        return System.getenv("DB_HOST") != null || System.getenv("QUARKUS_DATASOURCE_REACTIVE_URL") != null;
    }

    public static LocalPostgres external() {
        Map<String, String> env = System.getenv();
        return new LocalPostgres(null, env.getOrDefault("DB_HOST", "localhost"),
                Integer.parseInt(env.getOrDefault("DB_PORT", "5432")), env.getOrDefault("DB_NAME", DATABASE),
                env.getOrDefault("DB_USER", USER), env.getOrDefault("DB_PASSWORD", PASSWORD));
    }

    /** Starts an embedded server on a free port (0) or the given one, with a {@value #DATABASE} database and role. */
    public static LocalPostgres startEmbedded(int port, Path dataDirectory) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off");
            if (port > 0) {
                builder.setPort(port);
            }
            if (dataDirectory != null) {
                builder.setDataDirectory(dataDirectory).setCleanDataDirectory(true);
            }
            EmbeddedPostgres embedded = builder.start();
            try (Connection connection = embedded.getPostgresDatabase().getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("create role " + USER + " login password '" + PASSWORD + "'");
                statement.execute("create database " + DATABASE + " owner " + USER);
            }
            return new LocalPostgres(embedded, "localhost", embedded.getPort(), DATABASE, USER, PASSWORD);
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("could not start the embedded PostgreSQL: " + e.getMessage(), e);
        }
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public String database() {
        return database;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    /** The {@code DB_*} variables a service process reads (see each service's application.properties). */
    public Map<String, String> environment() {
        return Map.of("DB_HOST", host, "DB_PORT", Integer.toString(port), "DB_NAME", database, "DB_USER", user,
                "DB_PASSWORD", password);
    }

    /** The same, as Quarkus configuration properties, for tests. */
    public Map<String, String> quarkusConfig() {
        return Map.of(
                "quarkus.datasource.reactive.url", "postgresql://" + host + ":" + port + "/" + database,
                "quarkus.datasource.jdbc.url", jdbcUrl(),
                "quarkus.datasource.username", user,
                "quarkus.datasource.password", password);
    }

    @Override
    public void close() {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                throw new IllegalStateException("could not stop the embedded PostgreSQL", e);
            }
        }
    }
}
