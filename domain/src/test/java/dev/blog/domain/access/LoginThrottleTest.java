package dev.blog.domain.access;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTest {

    private static final Instant NOW = Instant.parse("2026-11-20T10:15:30Z");

    private static List<Instant> failuresMinutesAgo(int... minutes) {
        return IntStream.of(minutes).mapToObj(m -> NOW.minusSeconds(60L * m)).toList();
    }

    @Test
    void four_failures_leave_the_account_open() {
        assertThat(LoginThrottle.lockedUntil(failuresMinutesAgo(1, 2, 3, 4), NOW)).isEmpty();
    }

    @Test
    void five_failures_in_the_window_lock_until_the_oldest_of_them_leaves_it() {
        assertThat(LoginThrottle.lockedUntil(failuresMinutesAgo(0, 1, 2, 3, 10), NOW))
                .contains(NOW.minusSeconds(600).plus(LoginThrottle.WINDOW));
    }

    @Test
    void only_the_five_newest_failures_decide_in_any_order() {
        assertThat(LoginThrottle.lockedUntil(failuresMinutesAgo(14, 3, 0, 2, 1, 13), NOW))
                .contains(NOW.minusSeconds(60L * 13).plus(LoginThrottle.WINDOW));
    }

    @Test
    void the_lock_ends_when_the_window_has_passed() {
        Instant later = NOW.plus(LoginThrottle.WINDOW);

        assertThat(LoginThrottle.lockedUntil(failuresMinutesAgo(0, 0, 0, 0, 0), later)).isEmpty();
        assertThat(LoginThrottle.windowStart(NOW)).isEqualTo(NOW.minus(LoginThrottle.WINDOW));
    }
}
