package dev.blog.application.shared;

import java.util.function.Supplier;

/** Runs the work directly and counts transactions, so tests can see that a use case uses exactly one. */
public final class CountingTransactions implements Transactions {

    private int count;
    private boolean active;

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return run(work);
    }

    @Override
    public <T> T readOnly(Supplier<T> work) {
        return run(work);
    }

    private <T> T run(Supplier<T> work) {
        if (active) {
            throw new IllegalStateException("transactions do not nest");
        }
        count++;
        active = true;
        try {
            return work.get();
        } finally {
            active = false;
        }
    }

    public int count() {
        return count;
    }
}
