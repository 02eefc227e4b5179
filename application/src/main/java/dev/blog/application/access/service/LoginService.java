package dev.blog.application.access.service;

import dev.blog.application.access.port.in.LoginCommand;
import dev.blog.application.access.port.in.LoginUseCase;
import dev.blog.application.shared.Transactions;
import dev.blog.domain.access.InvalidCredentialsException;
import dev.blog.domain.access.LoginThrottle;
import dev.blog.domain.access.LoginThrottledException;
import dev.blog.domain.access.port.LoginAttempts;
import dev.blog.domain.user.Password;
import dev.blog.domain.user.PasswordHash;
import dev.blog.domain.shared.BusyException;
import dev.blog.application.user.port.in.UserView;
import dev.blog.domain.user.FollowCounts;
import dev.blog.domain.user.User;
import dev.blog.domain.user.UserId;
import dev.blog.domain.user.port.UserFollows;
import dev.blog.domain.user.port.PasswordHasher;
import dev.blog.domain.user.port.UserRepository;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

public final class LoginService implements LoginUseCase {

    private final UserRepository users;
    private final LoginAttempts attempts;
    private final PasswordHasher passwordHasher;
    private final UserFollows follows;
    private final Transactions transactions;
    private final Clock clock;
    /** Checked against when the login is unknown, so that it costs what a wrong password costs. */
    private final PasswordHash dummyHash;

    public LoginService(UserRepository users, UserFollows follows, LoginAttempts attempts,
                        PasswordHasher passwordHasher, Transactions transactions, Clock clock) {
        this.follows = follows;
        this.users = users;
        this.attempts = attempts;
        this.passwordHasher = passwordHasher;
        this.transactions = transactions;
        this.clock = clock;
        this.dummyHash = passwordHasher.hash(new Password(UUID.randomUUID().toString()));
    }

    @Override
    public UserView login(LoginCommand command) {
        Instant now = clock.instant();
        // On the primary: a user who has just registered or changed their password logs in with it at once.
        Optional<User> user = transactions.inTransaction(() -> users.findByLogin(command.login()));
        String accountKey = user.map(found -> "user:" + found.requireId().value())
                .orElse("login:" + command.login().toLowerCase(Locale.ROOT));
        admitAttempt(accountKey, now);
        // Outside any transaction: hashing is slow by design and must hold no connection meanwhile.
        boolean matches;
        try {
            matches = passwordHasher.matches(command.password(), user.map(User::passwordHash).orElse(dummyHash));
        } catch (BusyException busy) {
            // Nothing was checked (503): the attempt must not bring the account closer to being locked, or
            // an overloaded service would lock out the users who retry as the 503 asks them to.
            transactions.inTransaction(() -> attempts.withdrawNewest(accountKey));
            throw busy;
        }
        if (!matches || user.isEmpty() || !user.get().active()) {
            throw new InvalidCredentialsException();
        }
        UserId id = user.get().requireId();
        return transactions.inTransaction(() -> {
            attempts.clear(accountKey);
            return new UserView(user.get(), true,
                    follows.countsOf(List.of(id), Optional.of(id)).getOrDefault(id, FollowCounts.NONE));
        });
    }

    /**
     * Refuses the attempt while the account is locked; otherwise records it as a failure until the password
     * proves right. Counting before checking, under a lock per account, means concurrent guesses on any
     * number of instances cannot together get more than the allowed number through.
     */
    private void admitAttempt(String accountKey, Instant now) {
        Instant windowStart = LoginThrottle.windowStart(now);
        transactions.inTransaction(() -> {
            attempts.serialise(accountKey);
            Optional<Instant> lockedUntil = LoginThrottle.lockedUntil(
                    attempts.recordedSince(accountKey, windowStart, LoginThrottle.MAX_FAILURES), now);
            if (lockedUntil.isPresent()) {
                throw new LoginThrottledException(Duration.between(now, lockedUntil.get()));
            }
            attempts.record(accountKey, now);
            attempts.forgetBefore(windowStart);
        });
    }
}
