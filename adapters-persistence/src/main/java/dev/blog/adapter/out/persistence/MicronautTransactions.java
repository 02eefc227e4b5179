package dev.blog.adapter.out.persistence;

import dev.blog.application.shared.Transactions;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.util.function.Supplier;

/**
 * The application's transaction port on Micronaut's JDBC transaction manager. A lost or unobtainable
 * connection surfaces as {@link dev.blog.application.shared.StoreUnavailableException} (see
 * {@link SqlErrorTranslator}), so callers can answer 503 without knowing anything about JDBC. Read-only
 * transactions run on the read replica when one is configured.
 */
@Singleton
final class MicronautTransactions implements Transactions {

    private final TransactionOperations<Connection> operations;
    private final ReadReplica replica;

    MicronautTransactions(TransactionOperations<Connection> operations, ReadReplica replica) {
        this.operations = operations;
        this.replica = replica;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return SqlErrorTranslator.OUTAGES.translate(() -> operations.executeWrite(status -> work.get()));
    }

    @Override
    public <T> T readOnly(Supplier<T> work) {
        return replica.readOrFallBack(() -> SqlErrorTranslator.OUTAGES.translate(
                () -> operations.executeRead(status -> work.get())));
    }
}
