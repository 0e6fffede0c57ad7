package org.claimgraph.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
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

    /**
     * A throwaway server for tests: a fresh data directory (a temporary one when {@code dataDirectory} is null) that
     * is deleted on close, and fsync off, as nothing in it has to survive a crash.
     */
    public static LocalPostgres startEmbedded(int port, Path dataDirectory) {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setServerConfig("fsync", "off")
                .setServerConfig("synchronous_commit", "off");
        if (dataDirectory != null) {
            builder.setDataDirectory(dataDirectory).setCleanDataDirectory(true);
        }
        return start(builder, port);
    }

    /**
     * A server whose data outlives it: {@code dataDirectory} is initialised on first use and reused by the next
     * start, fsync and synchronous commits on, so a committed ingestion survives Ctrl-C, a crash or a power cut.
     */
    public static LocalPostgres startDurable(int port, Path dataDirectory) {
        try {
            Files.createDirectories(dataDirectory);
        } catch (IOException e) {
            throw new IllegalStateException("could not create the data directory " + dataDirectory + ": " + e.getMessage(), e);
        }
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on");
        return start(builder, port);
    }

    private static LocalPostgres start(EmbeddedPostgres.Builder builder, int port) {
        try {
            builder.setServerConfig("max_connections", "200");
            // A new data directory gets this locale whatever the machine's LANG/LC_* say: initdb refuses a locale the
            // machine lacks (LANG=en_US.UTF-8 without it installed), and the locale decides text order and case.
            builder.setLocaleConfig("locale", "C.UTF-8");
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres embedded = builder.start();
            createRoleAndDatabase(embedded);
            return new LocalPostgres(embedded, "localhost", embedded.getPort(), DATABASE, USER, PASSWORD);
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("could not start the embedded PostgreSQL: " + e.getMessage(), e);
        }
    }

    /** Idempotent, since a reused data directory already has them. */
    private static void createRoleAndDatabase(EmbeddedPostgres embedded) throws SQLException {
        try (Connection connection = embedded.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            if (!exists(statement, "select 1 from pg_roles where rolname = '" + USER + "'")) {
                statement.execute("create role " + USER + " login password '" + PASSWORD + "'");
            }
            if (!exists(statement, "select 1 from pg_database where datname = '" + DATABASE + "'")) {
                statement.execute("create database " + DATABASE + " owner " + USER);
            }
        }
    }

    private static boolean exists(Statement statement, String query) throws SQLException {
        try (ResultSet rows = statement.executeQuery(query)) {
            return rows.next();
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
