package dev.blog.testsupport.access;

import dev.blog.domain.access.port.LoginAttempts;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link LoginAttempts} must do; run against the in-memory fake and the database adapter. */
public abstract class LoginAttemptsContract {

    protected static final Instant T0 = Instant.parse("2026-11-20T10:15:30.123Z");

    protected abstract LoginAttempts attempts();

    /** Runs {@code work} the way the application would, inside a transaction where the adapter needs one. */
    protected <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }

    private void record(String key, Instant at) {
        inTransaction(() -> {
            attempts().serialise(key);
            attempts().record(key, at);
            return null;
        });
    }

    @Test
    void attempts_are_listed_newest_first_from_an_instant_on_and_limited() {
        for (int i = 0; i < 7; i++) {
            record("user:1", T0.plusSeconds(i));
        }

        assertThat(attempts().recordedSince("user:1", T0.plusSeconds(2), 3))
                .containsExactly(T0.plusSeconds(6), T0.plusSeconds(5), T0.plusSeconds(4));
        assertThat(attempts().recordedSince("user:1", T0.plusSeconds(5), 10))
                .containsExactly(T0.plusSeconds(6), T0.plusSeconds(5));
    }

    @Test
    void accounts_are_kept_apart_and_cleared_one_by_one() {
        record("user:1", T0);
        record("login:nobody", T0);

        inTransaction(() -> {
            attempts().clear("user:1");
            return null;
        });

        assertThat(attempts().recordedSince("user:1", T0, 10)).isEmpty();
        assertThat(attempts().recordedSince("login:nobody", T0, 10)).containsExactly(T0);
    }

    @Test
    void forgetting_drops_only_older_attempts_of_every_account() {
        record("user:1", T0);
        record("user:2", T0.plusSeconds(1));
        record("user:2", T0.plusSeconds(10));

        inTransaction(() -> {
            attempts().forgetBefore(T0.plusSeconds(5));
            return null;
        });

        assertThat(attempts().recordedSince("user:1", T0.minusSeconds(60), 10)).isEmpty();
        assertThat(attempts().recordedSince("user:2", T0.minusSeconds(60), 10)).containsExactly(T0.plusSeconds(10));
    }

    @Test
    void withdrawing_takes_back_only_the_newest_attempt_of_that_account() {
        record("user:1", T0);
        record("user:1", T0.plusSeconds(1));
        record("user:2", T0.plusSeconds(2));

        inTransaction(() -> {
            attempts().withdrawNewest("user:1");
            attempts().withdrawNewest("login:nobody");
            return null;
        });

        assertThat(attempts().recordedSince("user:1", T0.minusSeconds(60), 10)).containsExactly(T0);
        assertThat(attempts().recordedSince("user:2", T0.minusSeconds(60), 10)).containsExactly(T0.plusSeconds(2));
    }
}
