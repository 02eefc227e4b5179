package dev.blog.application.shared;

import java.util.function.Supplier;

/**
 * {@link Transactions} for unit tests: runs the work directly and remembers how many transactions of each
 * kind were opened, how many were rolled back, and whether one is open right now.
 */
public final class CountingTransactions implements Transactions {

    private int readWrite;
    private int readOnly;
    private int rolledBack;
    private boolean open;

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        readWrite++;
        return run(work);
    }

    @Override
    public <T> T readOnly(Supplier<T> work) {
        readOnly++;
        return run(work);
    }

    private <T> T run(Supplier<T> work) {
        if (open) {
            throw new IllegalStateException("a use case opened a transaction inside another");
        }
        open = true;
        try {
            return work.get();
        } catch (RuntimeException e) {
            rolledBack++;
            throw e;
        } finally {
            open = false;
        }
    }

    public int readWrite() {
        return readWrite;
    }

    public int readOnly() {
        return readOnly;
    }

    public int total() {
        return readWrite + readOnly;
    }

    public int rolledBack() {
        return rolledBack;
    }

    public boolean isOpen() {
        return open;
    }
}
