package dev.blog.adapter.out.persistence;

import dev.blog.application.shared.Transactions;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.util.function.Supplier;

/** The application's transaction port on Micronaut's JDBC transaction manager. */
@Singleton
final class MicronautTransactions implements Transactions {

    private final TransactionOperations<Connection> operations;

    MicronautTransactions(TransactionOperations<Connection> operations) {
        this.operations = operations;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return operations.executeWrite(status -> work.get());
    }

    @Override
    public <T> T readOnly(Supplier<T> work) {
        return operations.executeRead(status -> work.get());
    }
}
