package dev.blog.testsupport.database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A fresh, empty PostgreSQL database for this test run (one JVM), dropped when the run ends.
 *
 * <p>The server comes from, in this order: the {@value #URL_VARIABLE} environment variable (with
 * {@value #USERNAME_VARIABLE} and {@value #PASSWORD_VARIABLE}), Testcontainers when a Docker engine is
 * available, or the local server on 127.0.0.1:5432 as user {@code postgres}. Each run creates its own
 * database on it, so runs never see each other's data and need no cleanup of a shared schema.
 */
public final class TestDatabase {

    public static final String URL_VARIABLE = "BLOG_TEST_DATABASE_URL";
    public static final String USERNAME_VARIABLE = "BLOG_TEST_DATABASE_USERNAME";
    public static final String PASSWORD_VARIABLE = "BLOG_TEST_DATABASE_PASSWORD";

    static final String LOCAL_URL = "jdbc:postgresql://127.0.0.1:5432/postgres?connectTimeout=3";
    private static final String NAME_PREFIX = "blog_test_";
    /** Databases of runs that were killed before they could drop theirs; older than this they are surely dead. */
    private static final Duration ABANDONED_AFTER = Duration.ofHours(6);
    private static final Logger LOG = LoggerFactory.getLogger(TestDatabase.class);

    private static DatabaseServer sharedServer;
    private static TestDatabase instance;

    private final DatabaseServer server;
    private final String name;

    private TestDatabase(DatabaseServer server, String name) {
        this.server = server;
        this.name = name;
    }

    /** The database of this run, created on first use. */
    public static synchronized TestDatabase get() {
        if (instance == null) {
            instance = create(server());
        }
        return instance;
    }

    /**
     * Another fresh, empty database on the same server, dropped when the run ends: for a test that must
     * build the schema itself, such as one that migrates step by step.
     */
    public static synchronized TestDatabase createAnother() {
        return create(server());
    }

    /**
     * A fresh name on the same server whose database does not exist yet, dropped when the run ends if
     * something created it: for a test of what the service does when its database is missing.
     */
    public static synchronized TestDatabase notYetCreated() {
        TestDatabase database = new TestDatabase(server(), freshName(Instant.now().getEpochSecond()));
        Runtime.getRuntime().addShutdownHook(new Thread(database::drop, "drop-" + database.name));
        return database;
    }

    /** The JDBC URL of the server's maintenance database, for creating and dropping things beside the tests. */
    public String maintenanceJdbcUrl() {
        return server.adminJdbcUrl();
    }

    private static DatabaseServer server() {
        if (sharedServer == null) {
            sharedServer = findServer();
        }
        return sharedServer;
    }

    public String jdbcUrl() {
        return server.urlOf(name);
    }

    /** This database's JDBC URL with the server's host and port replaced, e.g. to go through a proxy. */
    public String jdbcUrlVia(String host, int port) {
        return jdbcUrl().replaceFirst("^jdbc:postgresql://[^/]+/", "jdbc:postgresql://" + host + ":" + port + "/");
    }

    /** The server's host and port, as {@code host:port}. */
    public String serverAddress() {
        return jdbcUrl().replaceFirst("^jdbc:postgresql://([^/]+)/.*$", "$1");
    }

    public String username() {
        return server.username();
    }

    public String password() {
        return server.password();
    }

    public String name() {
        return name;
    }

    /** The settings that point a Micronaut application at this database. */
    public Map<String, String> micronautProperties() {
        return Map.of(
                "datasources.default.url", jdbcUrl(),
                "datasources.default.username", username(),
                "datasources.default.password", password());
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), username(), password());
    }

    /** Empties every application table, keeping the schema, so each test starts from a known state. */
    public void truncateAllTables() {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery(
                    "SELECT quote_ident(tablename) FROM pg_tables WHERE schemaname = 'public'"
                            + " AND tablename <> 'flyway_schema_history'")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            if (!tables.isEmpty()) {
                statement.execute("TRUNCATE " + String.join(", ", tables) + " RESTART IDENTITY CASCADE");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not empty the test database " + name, e);
        }
    }

    private static DatabaseServer findServer() {
        String configuredUrl = System.getenv(URL_VARIABLE);
        if (configuredUrl != null && !configuredUrl.isBlank()) {
            return new DatabaseServer(configuredUrl, envOr(USERNAME_VARIABLE, "postgres"), envOr(PASSWORD_VARIABLE, ""),
                    URL_VARIABLE);
        }
        if (dockerAvailable()) {
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:16-alpine");
            container.start();
            return new DatabaseServer(container.getJdbcUrl(), container.getUsername(), container.getPassword(),
                    "Testcontainers");
        }
        DatabaseServer local = new DatabaseServer(LOCAL_URL, "postgres", "", "local server");
        try (Connection ignored = DriverManager.getConnection(local.adminJdbcUrl(), local.username(), local.password())) {
            return local;
        } catch (SQLException e) {
            throw new IllegalStateException("""
                    No PostgreSQL server for the tests. Do one of:
                      - start the local server: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start
                        (install it first if needed: apt-get update && apt-get install -y postgresql)
                      - start a Docker engine, so Testcontainers can run PostgreSQL
                      - set %s (and %s, %s) to the JDBC URL of a server's maintenance database
                    Tried: %s as user postgres: %s""".formatted(URL_VARIABLE, USERNAME_VARIABLE, PASSWORD_VARIABLE,
                    LOCAL_URL, e.getMessage()), e);
        }
    }

    private static boolean dockerAvailable() {
        // Asking Testcontainers without any sign of Docker only costs time and logs a scary error.
        boolean dockerConfigured = System.getenv("DOCKER_HOST") != null
                || Files.exists(Path.of("/var/run/docker.sock"))
                || Files.exists(Path.of(System.getProperty("user.home"), ".testcontainers.properties"));
        if (!dockerConfigured) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static TestDatabase create(DatabaseServer server) {
        long now = Instant.now().getEpochSecond();
        String name = freshName(now);
        try (Connection admin = DriverManager.getConnection(server.adminJdbcUrl(), server.username(), server.password());
             Statement statement = admin.createStatement()) {
            dropAbandoned(statement, now);
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the test database on the " + server.origin(), e);
        }
        TestDatabase database = new TestDatabase(server, name);
        Runtime.getRuntime().addShutdownHook(new Thread(database::drop, "drop-" + name));
        LOG.info("Tests use the fresh database {} on the {}", name, server.origin());
        return database;
    }

    private static String freshName(long now) {
        return NAME_PREFIX + now + "_" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 24), 36);
    }

    private static void dropAbandoned(Statement statement, long now) throws SQLException {
        List<String> abandoned = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery(
                "SELECT datname FROM pg_database WHERE datname LIKE '" + NAME_PREFIX + "%'")) {
            while (rows.next()) {
                String candidate = rows.getString(1);
                if (createdBefore(candidate, now - ABANDONED_AFTER.toSeconds())) {
                    abandoned.add(candidate);
                }
            }
        }
        for (String database : abandoned) {
            statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }

    private static boolean createdBefore(String database, long epochSecond) {
        String[] parts = database.substring(NAME_PREFIX.length()).split("_");
        try {
            return parts.length == 2 && Long.parseLong(parts[0]) < epochSecond;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private void drop() {
        try (Connection admin = DriverManager.getConnection(server.adminJdbcUrl(), server.username(), server.password());
             Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            // Dropped on a later run by dropAbandoned; nothing else to do while the JVM exits.
            System.err.println("Could not drop the test database " + name + ": " + e.getMessage());
        }
    }

    private static String envOr(String variable, String fallback) {
        String value = System.getenv(variable);
        return value == null ? fallback : value;
    }
}
