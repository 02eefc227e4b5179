package dev.blog.bootstrap;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import io.micronaut.runtime.Micronaut;
import io.micronaut.inject.qualifiers.Qualifiers;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Map;

public final class BlogApplication {

    private BlogApplication() {
    }

    /** {@code migrate} as the first argument: migrate the database and exit, without serving. */
    public static final String MIGRATE = "migrate";

    public static void main(String[] args) {
        if (args.length > 0 && MIGRATE.equals(args[0])) {
            System.exit(migrate(Arrays.copyOfRange(args, 1, args.length)));
        }
        new OneLineStartupFailure()
                .mainClass(BlogApplication.class)
                .banner(false)
                .args(args)
                .start();
    }

    /**
     * Migrates the database the data source points at and exits: a deployment step of its own (a
     * Kubernetes Job, deploy/local/up.sh before it starts the instances), over a direct connection, for
     * instances whose pool goes through PgBouncer in transaction mode and so run with Flyway off: Flyway's
     * session-level lock does not hold when consecutive statements may run on different server sessions.
     * Flyway runs when the data source is created, exactly as at a normal start, and here always, whatever
     * the instances' setting says. Without the statement timeout that bounds requests (README "Bounds"):
     * a migration that rewrites a large table takes as long as it takes, and no request waits on this process.
     */
    private static int migrate(String[] args) {
        try (ApplicationContext context = ApplicationContext.builder(BlogApplication.class)
                .properties(Map.of("flyway.datasources.default.enabled", true, "blog.db.statement-timeout-ms", 0))
                .args(args).start()) {
            context.getBean(DataSource.class);
            MigrationInfo current = context.getBean(Flyway.class, Qualifiers.byName("default")).info().current();
            System.out.println("blog: the database is migrated to version "
                    + (current == null ? "none" : current.getVersion()));
            return 0;
        } catch (RuntimeException failure) {
            System.err.println("blog: cannot migrate: " + OneLineStartupFailure.describe(failure));
            return 1;
        }
    }

    /**
     * A wrong database URL or password is the usual start-up failure. Micronaut would print a page of
     * nested bean-creation traces; an operator needs one line saying what is wrong and what to check.
     */
    private static final class OneLineStartupFailure extends Micronaut {

        @Override
        protected void handleStartupException(Environment environment, Throwable failure) {
            System.err.println("blog: cannot start: " + describe(failure));
            System.exit(1);
        }

        private static String describe(Throwable failure) {
            Throwable root = failure;
            SQLException database = failure instanceof SQLException sql ? sql : null;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
                if (root instanceof SQLException sql) {
                    database = sql;
                }
            }
            if (database != null && !isAboutTheConnection(database)) {
                // Connected, so the settings are right: a statement failed (a migration, say).
                return "a statement failed: " + database.getMessage();
            }
            if (database != null) {
                return "the database refused the connection (check DATASOURCES_DEFAULT_URL, DATASOURCES_DEFAULT_USERNAME"
                        + " and DATASOURCES_DEFAULT_PASSWORD): " + database.getMessage();
            }
            return root.getMessage();
        }

        /** SQLSTATE classes 08 (connection), 28 (authorization), 3D (no such database), or none given. */
        private static boolean isAboutTheConnection(SQLException failure) {
            String state = failure.getSQLState();
            return state == null || state.startsWith("08") || state.startsWith("28") || state.startsWith("3D");
        }
    }
}
