package dev.blog.bootstrap;

import dev.blog.testsupport.database.TestDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service's connections plan every statement for its actual values: the lists' "(:param IS NULL OR ...)"
 * filters depend on it (see connection-init-sql in application.yml).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlanCacheModeTest implements TestPropertyProvider {

    /** The pool itself, beneath Micronaut Data's connection-bound wrapper, as a connection is handed out. */
    @Inject
    DataSource dataSource;

    @Override
    public Map<String, String> getProperties() {
        return TestDatabase.get().micronautProperties();
    }

    @Test
    void every_connection_forces_custom_plans() throws SQLException {
        try (Connection connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SHOW plan_cache_mode")) {
            result.next();
            assertThat(result.getString(1)).isEqualTo("force_custom_plan");
        }
    }
}
