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
     * Runs {@code work} in one read-only transaction: the store may skip the bookkeeping of writes, and
     * any attempt to write fails instead of slipping through. It may run on a replica that lags behind, so
     * it may not yet see what was committed a moment ago: a use case that must answer with what it wrote
     * reads it back inside its {@link #inTransaction} instead.
     */
    <T> T readOnly(Supplier<T> work);

    default void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
