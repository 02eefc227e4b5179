package dev.blog.application.shared;

import java.util.function.Supplier;

/**
 * The transaction boundary of a use case, as a port: the application decides what must happen
 * atomically, an adapter decides how.
 */
public interface Transactions {

    /** Runs {@code work} in one read-write transaction, committed when it returns, rolled back when it throws. */
    <T> T inTransaction(Supplier<T> work);

    /**
     * Runs {@code work}, which only reads, on one connection. It need not be a transaction: under READ
     * COMMITTED, PostgreSQL's default, each statement of a transaction sees what was committed when the
     * statement began anyway, so BEGIN and COMMIT would buy a read nothing but a round trip.
     */
    <T> T readOnly(Supplier<T> work);

    default void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
