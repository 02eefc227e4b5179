package dev.blog.adapter.out.password;

import dev.blog.domain.shared.BusyException;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Password hashing on threads of its own: {@code threads} hashes at a time, at most {@code maxWaiting} more
 * queued, anyone beyond that turned away at once ({@link BusyException}) instead of joining an unbounded
 * queue of requests.
 *
 * <p>Why not on the caller's thread: requests run on virtual threads, whose carriers are one per core. A
 * hash keeps its core busy for tens of milliseconds without ever blocking, so two hashes on two carriers
 * stopped every other request of the service (measured by benchmarks/registration-burst.sh: a page of posts
 * took up to 9 s during 200 registrations). Here the caller parks while it waits, its carrier serves other
 * requests, and the operating system shares the cores between hashing and everything else.
 */
final class HashingPool {

    private final ThreadPoolExecutor executor;
    /**
     * Admission, counted here rather than by a bounded queue: a thread that has just finished a hash is
     * not yet back at the queue when its caller moves on, so a full queue could turn away a caller that fits.
     */
    private final Semaphore admitted;

    HashingPool(int threads, int maxWaiting) {
        this.admitted = new Semaphore(threads + maxWaiting);
        AtomicInteger numbers = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
                work -> {
                    Thread thread = new Thread(work, "password-hashing-" + numbers.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        this.executor.prestartAllCoreThreads();
    }

    <T> T run(Supplier<T> work) {
        if (!admitted.tryAcquire()) {
            throw new BusyException("Too many passwords are being checked right now; try again shortly");
        }
        Future<T> result = executor.submit(work::get);
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return result.get();
                } catch (InterruptedException e) {
                    // The hash runs on regardless; answering without it would leave the caller with nothing.
                    interrupted = true;
                }
            }
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(failed.getCause());
        } finally {
            admitted.release();
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** For tests: whether a hash is queued for a thread. */
    boolean hasWaiters() {
        return !executor.getQueue().isEmpty();
    }
}
