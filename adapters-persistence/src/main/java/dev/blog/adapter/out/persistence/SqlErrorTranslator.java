package dev.blog.adapter.out.persistence;

import dev.blog.application.shared.StoreUnavailableException;
import io.micronaut.data.connection.exceptions.ConnectionException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;
import org.postgresql.util.ServerErrorMessage;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The one place that reads what a failed statement means: a violated unique or foreign-key constraint
 * the caller named becomes the domain exception it maps that constraint to (the database decides, so two
 * concurrent requests cannot both pass a check made before the write), and a lost or unobtainable
 * connection becomes {@link StoreUnavailableException}. Everything else passes through unchanged.
 */
public final class SqlErrorTranslator {

    /** Translates outages only: for work that names no constraint, such as a whole transaction. */
    public static final SqlErrorTranslator OUTAGES = new SqlErrorTranslator(Map.of());

    /** SQLSTATE classes for "connection exception" and "operator intervention" (shutdown, crash, starting up). */
    private static final String CONNECTION_EXCEPTION = "08";
    private static final String OPERATOR_INTERVENTION = "57P";
    /** The statement timeout ran out (blog.db.statement-timeout): the database is too slow to answer now. */
    private static final String QUERY_CANCELED = "57014";

    private final Map<String, Supplier<? extends RuntimeException>> byConstraint;

    /** @param byConstraint the exception each unique or foreign-key constraint (or unique index) stands for */
    public SqlErrorTranslator(Map<String, Supplier<? extends RuntimeException>> byConstraint) {
        this.byConstraint = Map.copyOf(byConstraint);
    }

    public <T> T translate(Supplier<T> work) {
        try {
            return work.get();
        } catch (RuntimeException e) {
            throw translated(e);
        }
    }

    RuntimeException translated(RuntimeException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof StoreUnavailableException) {
                return failure;
            }
            if (isOutage(cause)) {
                return new StoreUnavailableException(failure);
            }
            Optional<RuntimeException> violation = violatedConstraint(cause)
                    .map(byConstraint::get)
                    .map(Supplier::get);
            if (violation.isPresent()) {
                return violation.get();
            }
        }
        return failure;
    }

    private static boolean isOutage(Throwable cause) {
        // Micronaut's own ConnectionException: no connection could be obtained or prepared for the transaction.
        if (cause instanceof ConnectionException
                || cause instanceof SQLTransientConnectionException
                || cause instanceof SQLNonTransientConnectionException
                || cause instanceof ConnectException) {
            return true;
        }
        return cause instanceof SQLException sql && sql.getSQLState() != null
                && (sql.getSQLState().startsWith(CONNECTION_EXCEPTION)
                || sql.getSQLState().startsWith(OPERATOR_INTERVENTION)
                || sql.getSQLState().equals(QUERY_CANCELED));
    }

    private static Optional<String> violatedConstraint(Throwable cause) {
        if (cause instanceof PSQLException psql
                && (PSQLState.UNIQUE_VIOLATION.getState().equals(psql.getSQLState())
                || PSQLState.FOREIGN_KEY_VIOLATION.getState().equals(psql.getSQLState()))) {
            return Optional.ofNullable(psql.getServerErrorMessage()).map(ServerErrorMessage::getConstraint);
        }
        return Optional.empty();
    }
}
