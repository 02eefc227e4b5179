package dev.blog.adapter.out.password;

import dev.blog.domain.shared.BusyException;

import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * At most {@code permits} callers at a time, and at most {@code maxWaiting} more waiting for their turn;
 * anyone beyond that is turned away at once ({@link BusyException}) instead of joining an unbounded queue
 * of threads that each hold a request open.
 */
final class BoundedGate {

    private final Semaphore permits;
    private final int maxWaiting;
    private final AtomicInteger waiting = new AtomicInteger();

    BoundedGate(int permits, int maxWaiting) {
        this.permits = new Semaphore(permits);
        this.maxWaiting = maxWaiting;
    }

    <T> T run(Supplier<T> work) {
        if (!permits.tryAcquire()) {
            if (waiting.incrementAndGet() > maxWaiting) {
                waiting.decrementAndGet();
                throw new BusyException("Too many passwords are being checked right now; try again shortly");
            }
            try {
                permits.acquireUninterruptibly();
            } finally {
                waiting.decrementAndGet();
            }
        }
        try {
            return work.get();
        } finally {
            permits.release();
        }
    }

    /** For tests: whether a caller is waiting for a permit. */
    boolean hasWaiters() {
        return waiting.get() > 0;
    }
}
