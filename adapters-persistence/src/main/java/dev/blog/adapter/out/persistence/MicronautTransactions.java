package dev.blog.adapter.out.persistence;

import dev.blog.application.shared.StoreUnavailableException;
import dev.blog.application.shared.Transactions;
import io.micronaut.data.connection.exceptions.ConnectionException;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.net.ConnectException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.function.Supplier;

/**
 * The application's transaction port on Micronaut's JDBC transaction manager. A lost or unobtainable
 * connection surfaces as {@link StoreUnavailableException}, so callers can answer 503 without knowing
 * anything about JDBC. Read-only transactions run on the read replica when one is configured.
 */
@Singleton
final class MicronautTransactions implements Transactions {

    /** SQLSTATE classes for "connection exception" and "operator intervention" (shutdown, crash, starting up). */
    private static final String CONNECTION_EXCEPTION = "08";
    private static final String OPERATOR_INTERVENTION = "57P";

    private final TransactionOperations<Connection> operations;
    private final ReadReplica replica;

    MicronautTransactions(TransactionOperations<Connection> operations, ReadReplica replica) {
        this.operations = operations;
        this.replica = replica;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return translatingOutages(() -> operations.executeWrite(status -> work.get()));
    }

    @Override
    public <T> T readOnly(Supplier<T> work) {
        return replica.readOrFallBack(() -> translatingOutages(() -> operations.executeRead(status -> work.get())));
    }

    private static <T> T translatingOutages(Supplier<T> transaction) {
        try {
            return transaction.get();
        } catch (RuntimeException e) {
            if (isOutage(e)) {
                throw new StoreUnavailableException(e);
            }
            throw e;
        }
    }

    private static boolean isOutage(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            // Micronaut's own: no connection could be obtained or prepared for the transaction.
            if (cause instanceof ConnectionException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof ConnectException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith(CONNECTION_EXCEPTION)
                    || sql.getSQLState().startsWith(OPERATOR_INTERVENTION))) {
                return true;
            }
        }
        return false;
    }
}
