package dev.blog.bootstrap;

import dev.blog.testsupport.database.TestDatabase;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code migrate} migrates and exits without serving: the deployment step for instances that run with
 * Flyway off because their pool goes through PgBouncer in transaction mode.
 */
class MigrateModeTest {

    @Test
    void migrate_builds_the_schema_and_exits_with_one_line() throws Exception {
        TestDatabase database = TestDatabase.createAnother();

        Result result = migrate(Map.of(
                "DATASOURCES_DEFAULT_URL", database.jdbcUrl(),
                "DATASOURCES_DEFAULT_USERNAME", database.username(),
                "DATASOURCES_DEFAULT_PASSWORD", database.password()));

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).containsPattern("blog: the database is migrated to version \\d+");
        assertThat(hasTable(database, "users")).isTrue();
    }

    @Test
    void migrate_runs_even_where_the_instances_have_flyway_off() throws Exception {
        TestDatabase database = TestDatabase.createAnother();

        Result result = migrate(Map.of(
                "DATASOURCES_DEFAULT_URL", database.jdbcUrl(),
                "DATASOURCES_DEFAULT_USERNAME", database.username(),
                "DATASOURCES_DEFAULT_PASSWORD", database.password(),
                "FLYWAY_DATASOURCES_DEFAULT_ENABLED", "false"));

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(hasTable(database, "users")).isTrue();
    }

    @Test
    void migrate_is_not_bound_by_the_statement_timeout_of_requests() throws Exception {
        TestDatabase database = TestDatabase.createAnother();

        Result result = migrate(Map.of(
                "DATASOURCES_DEFAULT_URL", database.jdbcUrl(),
                "DATASOURCES_DEFAULT_USERNAME", database.username(),
                "DATASOURCES_DEFAULT_PASSWORD", database.password(),
                "BLOG_DB_STATEMENT_TIMEOUT_MS", "500",
                // one more migration, after the real ones, that runs for a second
                "FLYWAY_DATASOURCES_DEFAULT_LOCATIONS", "classpath:db/migration,classpath:db/slow-migration"));

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains("blog: the database is migrated to version 9999");
    }

    @Test
    void an_unreachable_database_fails_with_one_line() throws Exception {
        Result result = migrate(Map.of("DATASOURCES_DEFAULT_URL", "jdbc:postgresql://127.0.0.1:1/blog"));

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.output().lines().filter(line -> line.startsWith("blog: cannot migrate: ")).count()).isOne();
    }

    private record Result(int exitCode, String output) {
    }

    private static Result migrate(Map<String, String> environment) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                BlogApplication.class.getName(), BlogApplication.MIGRATE);
        builder.environment().putAll(environment);
        builder.redirectErrorStream(true);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("migrate exited").isTrue();
        return new Result(process.exitValue(), output);
    }

    private static boolean hasTable(TestDatabase database, String table) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet found = statement.executeQuery("SELECT to_regclass('public." + table + "') IS NOT NULL")) {
            found.next();
            return found.getBoolean(1);
        }
    }
}
