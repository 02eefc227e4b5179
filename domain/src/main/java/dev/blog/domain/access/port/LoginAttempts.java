package dev.blog.domain.access.port;

import java.time.Instant;
import java.util.List;

/**
 * The recent login attempts per account, shared by every instance of the service. An account key names
 * an account that exists ({@code user:<id>}) or a login nobody has ({@code login:<lower-case login>}), so
 * that unknown logins are throttled exactly like known ones and cannot be told apart by it.
 */
public interface LoginAttempts {

    /**
     * Makes every other attempt for {@code accountKey}, on any instance, wait until the surrounding
     * transaction ends, so that checking the count and recording an attempt happen as one step.
     */
    void serialise(String accountKey);

    /** The attempts recorded for the account at or after {@code since}, newest first, at most {@code limit}. */
    List<Instant> recordedSince(String accountKey, Instant since, int limit);

    void record(String accountKey, Instant at);

    /**
     * Takes back the account's newest attempt: one that was recorded but never checked, because the service
     * was too busy to check a password, must not count towards locking the account.
     */
    void withdrawNewest(String accountKey);

    /** Forgets the account's attempts (after a successful login). */
    void clear(String accountKey);

    /** Housekeeping: forgets every account's attempts older than {@code instant}, which no longer count. */
    void forgetBefore(Instant instant);
}
