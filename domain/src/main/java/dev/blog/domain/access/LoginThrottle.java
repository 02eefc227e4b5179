package dev.blog.domain.access;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Guessing passwords is slowed down per account: after {@value #MAX_FAILURES} failed logins within
 * {@link #WINDOW}, further attempts are refused until the oldest of those failures has left the window.
 * Refused attempts do not count, so hammering a locked account does not keep its owner out for longer.
 */
public final class LoginThrottle {

    public static final int MAX_FAILURES = 5;
    public static final Duration WINDOW = Duration.ofMinutes(15);

    private LoginThrottle() {
    }

    /** The earliest failure that still counts at {@code now}. */
    public static Instant windowStart(Instant now) {
        return now.minus(WINDOW);
    }

    /**
     * @param recentFailures the account's failures since {@link #windowStart(Instant)}, in any order (only
     *                       the newest {@value #MAX_FAILURES} matter)
     * @return when attempts are allowed again, if they are not allowed now
     */
    public static Optional<Instant> lockedUntil(List<Instant> recentFailures, Instant now) {
        if (recentFailures.size() < MAX_FAILURES) {
            return Optional.empty();
        }
        Instant fifthNewest = recentFailures.stream()
                .sorted(Comparator.reverseOrder())
                .skip(MAX_FAILURES - 1)
                .findFirst()
                .orElseThrow();
        Instant until = fifthNewest.plus(WINDOW);
        return until.isAfter(now) ? Optional.of(until) : Optional.empty();
    }
}
