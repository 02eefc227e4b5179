package dev.blog.adapter.out.password;

import dev.blog.domain.shared.BusyException;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HashingPoolTest {

    @Test
    void one_running_and_one_queued_fit_and_the_next_caller_is_turned_away_at_once() throws Exception {
        HashingPool gate = new HashingPool(1, 1);
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> holder = CompletableFuture.supplyAsync(() -> gate.run(() -> {
            holding.countDown();
            await(release);
            return "holder";
        }));
        assertThat(holding.await(5, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<String> waiter = CompletableFuture.supplyAsync(() -> gate.run(() -> "waiter"));
        waitUntilWaiting(gate);

        assertThatThrownBy(() -> gate.run(() -> "third")).isInstanceOf(BusyException.class);

        release.countDown();
        assertThat(holder.get(5, TimeUnit.SECONDS)).isEqualTo("holder");
        assertThat(waiter.get(5, TimeUnit.SECONDS)).isEqualTo("waiter");
        assertThat(gate.run(() -> "after")).isEqualTo("after");
    }

    @Test
    void a_failing_hash_frees_its_thread_and_reaches_the_caller() {
        HashingPool gate = new HashingPool(1, 0);

        assertThatThrownBy(() -> gate.run(() -> {
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(gate.run(() -> "next")).isEqualTo("next");
    }

    /** The second hash is queued asynchronously: poll for it rather than sleep a guessed time. */
    private static void waitUntilWaiting(HashingPool gate) throws InterruptedException {
        for (int i = 0; i < 500 && !gate.hasWaiters(); i++) {
            Thread.sleep(10);
        }
        assertThat(gate.hasWaiters()).as("the second caller waits").isTrue();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
