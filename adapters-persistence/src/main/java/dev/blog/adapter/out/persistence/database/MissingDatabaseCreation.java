package dev.blog.adapter.out.persistence.database;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Creates the service's database on first start, so a newcomer needs nothing but a running PostgreSQL
 * server: the default URL names a database {@code blog} of its own instead of the maintenance database
 * {@code postgres}, where the tables would mix with whatever else lives there.
 *
 * <p>It runs before the pool opens its first connection and only acts when the server answers that the
 * database does not exist (SQLSTATE {@value #INVALID_CATALOG_NAME}); every other failure is left to the
 * pool, which reports it as before. When the user may not create databases, start-up stops with one line
 * that says what to do. {@code blog.database.create-if-missing=false} turns this off.
 */
@Singleton
@Requires(property = "blog.database.create-if-missing", notEquals = "false")
final class MissingDatabaseCreation implements BeanCreatedEventListener<DatasourceConfiguration> {

    private static final String INVALID_CATALOG_NAME = "3D000";
    private static final String MAINTENANCE_DATABASE = "postgres";
    /** jdbc:postgresql://host:port/name?parameters: the name is what is created, the rest is kept. */
    private static final Pattern URL = Pattern.compile("^(jdbc:postgresql://[^/?]*/)([^/?]+)(\\?.*)?$");
    /** A name that needs no quoting rules beyond double quotes, so it cannot smuggle SQL in. */
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z0-9_-]{1,63}");
    private static final Logger LOG = LoggerFactory.getLogger(MissingDatabaseCreation.class);

    @Override
    public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
        DatasourceConfiguration configuration = event.getBean();
        Matcher url = URL.matcher(String.valueOf(configuration.getJdbcUrl()));
        if (url.matches() && PLAIN_NAME.matcher(url.group(2)).matches() && isMissing(configuration)) {
            String maintenanceUrl = url.group(1) + MAINTENANCE_DATABASE + (url.group(3) == null ? "" : url.group(3));
            create(url.group(2), maintenanceUrl, configuration);
        }
        return configuration;
    }

    private static boolean isMissing(DatasourceConfiguration configuration) {
        try (Connection ignored = DriverManager.getConnection(configuration.getJdbcUrl(), configuration.getUsername(),
                configuration.getPassword())) {
            return false;
        } catch (SQLException e) {
            return INVALID_CATALOG_NAME.equals(e.getSQLState());
        }
    }

    private static void create(String database, String maintenanceUrl, DatasourceConfiguration configuration) {
        try (Connection connection = DriverManager.getConnection(maintenanceUrl, configuration.getUsername(),
                configuration.getPassword());
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE \"" + database + "\"");
            LOG.info("Created the database {}: it did not exist yet", database);
        } catch (SQLException e) {
            if ("42P04".equals(e.getSQLState())) {
                return; // another instance created it at the same moment
            }
            // The SQLException is not attached: start-up prints this one line, not the driver's story.
            throw new IllegalStateException(("the database \"%s\" does not exist and user \"%s\" could not create it"
                    + " (%s): create it, e.g. createdb -U %s %s, or point DATASOURCES_DEFAULT_URL at an existing"
                    + " database").formatted(database, configuration.getUsername(), e.getMessage(),
                    configuration.getUsername(), database));
        }
    }
}
