package dev.blog.adapter.out.persistence.access;

import dev.blog.application.shared.Transactions;
import dev.blog.domain.access.port.LoginAttempts;
import dev.blog.testsupport.access.LoginAttemptsContract;
import dev.blog.testsupport.database.TestDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoginAttemptsPersistenceAdapterTest extends LoginAttemptsContract implements TestPropertyProvider {

    @Inject
    LoginAttempts attempts;

    @Inject
    Transactions transactions;

    @Override
    public Map<String, String> getProperties() {
        return TestDatabase.get().micronautProperties();
    }

    @BeforeEach
    void emptyTables() {
        TestDatabase.get().truncateAllTables();
    }

    @Override
    protected LoginAttempts attempts() {
        return attempts;
    }

    @Override
    protected <T> T inTransaction(Supplier<T> work) {
        return transactions.inTransaction(work);
    }

    @Test
    void serialising_holds_a_second_transaction_for_the_same_account_until_the_first_ends() throws Exception {
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean secondGotThrough = new AtomicBoolean();
        Thread first = start(() -> inTransaction(() -> {
            attempts.serialise("user:1");
            locked.countDown();
            await(release);
            return null;
        }));
        assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
        Thread second = start(() -> inTransaction(() -> {
            attempts.serialise("user:1");
            secondGotThrough.set(true);
            return null;
        }));
        Thread other = start(() -> inTransaction(() -> {
            attempts.serialise("user:2");
            return null;
        }));

        other.join(10_000);
        second.join(300);
        assertThat(other.isAlive()).as("another account is not held").isFalse();
        assertThat(secondGotThrough).as("the same account is held").isFalse();
        release.countDown();
        first.join(10_000);
        second.join(10_000);
        assertThat(secondGotThrough).isTrue();
    }

    private static Thread start(Runnable work) {
        Thread thread = new Thread(work);
        thread.start();
        return thread;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
