package dev.blog.bootstrap;

import io.micronaut.context.env.Environment;
import io.micronaut.runtime.Micronaut;

import java.sql.SQLException;

public final class BlogApplication {

    private BlogApplication() {
    }

    public static void main(String[] args) {
        new OneLineStartupFailure()
                .mainClass(BlogApplication.class)
                .banner(false)
                .args(args)
                .start();
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
            if (database != null) {
                return "the database refused the connection (check DATASOURCES_DEFAULT_URL, DATASOURCES_DEFAULT_USERNAME"
                        + " and DATASOURCES_DEFAULT_PASSWORD): " + database.getMessage();
            }
            return root.getMessage();
        }
    }
}
