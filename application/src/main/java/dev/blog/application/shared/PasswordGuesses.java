package dev.blog.application.shared;

import dev.blog.domain.access.LoginThrottle;
import dev.blog.domain.access.LoginThrottledException;
import dev.blog.domain.access.port.LoginAttempts;
import dev.blog.domain.shared.BusyException;
import dev.blog.domain.user.Password;
import dev.blog.domain.user.PasswordHash;
import dev.blog.domain.user.UserId;
import dev.blog.domain.user.port.PasswordHasher;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Every check of a password a caller typed is a guess at that account's password, throttled alike wherever
 * it is made: at login, and where the current password confirms a change of one's own password or e-mail
 * address. Otherwise a stolen token would buy unlimited guesses through the latter.
 * A guess is counted before it is checked, under a lock per account (in the store every instance shares),
 * so that concurrent guesses on any number of instances cannot together get more than the allowed number
 * through; a right password then takes the count back.
 */
public final class PasswordGuesses {

    private final LoginAttempts attempts;
    private final PasswordHasher hasher;
    private final Transactions transactions;
    private final Clock clock;

    public PasswordGuesses(LoginAttempts attempts, PasswordHasher hasher, Transactions transactions, Clock clock) {
        this.attempts = attempts;
        this.hasher = hasher;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The account of a user who exists. */
    public static String accountOf(UserId user) {
        return "user:" + user.value();
    }

    /** A login nobody has: throttled exactly like an account, so that the throttle does not tell them apart. */
    public static String accountOfUnknownLogin(String login) {
        return "login:" + login.toLowerCase(Locale.ROOT);
    }

    /**
     * Checks a guess, outside any transaction: hashing is slow by design and must hold no connection meanwhile.
     * A wrong guess stays counted; a right one does not clear the count ({@link #forgive} does, once the
     * caller has succeeded).
     *
     * @throws LoginThrottledException while the account is locked: nothing was checked
     * @throws BusyException when no password can be checked now: the guess is not counted
     */
    public boolean check(String account, Password guess, PasswordHash hash) {
        admit(account, clock.instant());
        try {
            return hasher.matches(guess, hash);
        } catch (BusyException busy) {
            // Nothing was checked (503): the guess must not bring the account closer to being locked, or an
            // overloaded service would lock out the users who retry as the 503 asks them to.
            transactions.inTransaction(() -> attempts.withdrawNewest(account));
            throw busy;
        }
    }

    /** Forgets the account's wrong guesses: call within the transaction in which the caller succeeds. */
    public void forgive(String account) {
        attempts.clear(account);
    }

    private void admit(String account, Instant now) {
        Instant windowStart = LoginThrottle.windowStart(now);
        transactions.inTransaction(() -> {
            attempts.serialise(account);
            Optional<Instant> lockedUntil = LoginThrottle.lockedUntil(
                    attempts.recordedSince(account, windowStart, LoginThrottle.MAX_FAILURES), now);
            if (lockedUntil.isPresent()) {
                throw new LoginThrottledException(Duration.between(now, lockedUntil.get()));
            }
            attempts.record(account, now);
            attempts.forgetBefore(windowStart);
        });
    }
}
