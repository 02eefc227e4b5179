package dev.blog.adapter.out.persistence.database;

import dev.blog.testsupport.database.TestDatabase;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A first start on a server without the service's database creates it, or says plainly why it cannot. */
class MissingDatabaseCreationTest {

    @Test
    void a_missing_database_is_created_and_migrated_on_first_start() throws SQLException {
        TestDatabase missing = TestDatabase.notYetCreated();

        try (ApplicationContext context = ApplicationContext.run(propertiesOf(missing))) {
            context.getBean(DataSource.class);
            assertThat(appliedMigrations(missing)).isPositive();
        }
        try (ApplicationContext again = ApplicationContext.run(propertiesOf(missing))) {
            again.getBean(DataSource.class);
            assertThat(appliedMigrations(missing)).as("the second start finds the database and keeps it").isPositive();
        }
    }

    @Test
    void a_user_who_may_not_create_databases_is_told_what_to_do() throws SQLException {
        TestDatabase missing = TestDatabase.notYetCreated();
        String role = "blog_test_role_" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 24), 36);
        try (Connection admin = DriverManager.getConnection(missing.maintenanceJdbcUrl(), missing.username(),
                missing.password()); Statement statement = admin.createStatement()) {
            statement.execute("CREATE ROLE " + role + " LOGIN NOCREATEDB PASSWORD 'not-a-secret'");
            try {
                Map<String, Object> properties = propertiesOf(missing);
                properties.put("datasources.default.username", role);
                properties.put("datasources.default.password", "not-a-secret");

                assertThatThrownBy(() -> {
                    try (ApplicationContext context = ApplicationContext.run(properties)) {
                        context.getBean(DataSource.class);
                    }
                }).rootCause().hasMessageContaining("the database \"" + missing.name() + "\" does not exist")
                        .hasMessageContaining("user \"" + role + "\" could not create it")
                        .hasMessageContaining("createdb")
                        .hasMessageContaining("DATASOURCES_DEFAULT_URL");
            } finally {
                statement.execute("DROP ROLE " + role);
            }
        }
    }

    private static Map<String, Object> propertiesOf(TestDatabase database) {
        return new HashMap<>(database.micronautProperties());
    }

    private static int appliedMigrations(TestDatabase database) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM flyway_schema_history WHERE success")) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
