package dev.blog.application.access.service;

import dev.blog.application.access.port.in.LoginCommand;
import dev.blog.application.shared.CountingTransactions;
import dev.blog.application.shared.PasswordGuesses;
import dev.blog.application.shared.MutableClock;
import dev.blog.domain.access.InvalidCredentialsException;
import dev.blog.domain.access.LoginThrottle;
import dev.blog.domain.access.LoginThrottledException;
import dev.blog.domain.shared.BusyException;
import dev.blog.domain.user.Password;
import dev.blog.domain.user.PasswordHash;
import dev.blog.domain.user.User;
import dev.blog.domain.user.port.PasswordHasher;
import dev.blog.testsupport.access.InMemoryLoginAttempts;
import dev.blog.testsupport.user.FakePasswordHasher;
import dev.blog.testsupport.user.InMemoryUserFollows;
import dev.blog.testsupport.user.InMemoryUserRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static dev.blog.testsupport.user.Users.newUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LoginServiceTest {

    private static final Instant T0 = Instant.parse("2026-11-20T10:15:30.123Z");
    private static final Password PASSWORD = new Password("correct-horse");
    private static final Password WRONG = new Password("wrong-horse");

    private final InMemoryUserRepository users = new InMemoryUserRepository();
    private final InMemoryUserFollows follows = new InMemoryUserFollows(users);
    private final InMemoryLoginAttempts attempts = new InMemoryLoginAttempts();
    private final CountingTransactions transactions = new CountingTransactions();
    private final MutableClock clock = new MutableClock(T0);
    private final RecordingHasher hasher = new RecordingHasher();
    private LoginService service;
    private User ada;

    /** The fake hasher, remembering which hashes it was asked to check against and whether a transaction was open. */
    private final class RecordingHasher implements PasswordHasher {
        private final PasswordHasher delegate = new FakePasswordHasher();
        final List<PasswordHash> checkedAgainst = new ArrayList<>();
        int checkedInsideTransaction;
        boolean busy;

        @Override
        public PasswordHash hash(Password password) {
            return delegate.hash(password);
        }

        @Override
        public boolean matches(Password password, PasswordHash hash) {
            if (busy) {
                throw new BusyException("Too many passwords are being checked right now; try again shortly");
            }
            checkedAgainst.add(hash);
            if (transactions.isOpen()) {
                checkedInsideTransaction++;
            }
            return delegate.matches(password, hash);
        }
    }

    @BeforeEach
    void store_ada() {
        service = new LoginService(users, follows, new PasswordGuesses(attempts, hasher, transactions, clock), hasher,
                transactions);
        ada = users.create(newUser("ada", T0).changePassword(hasher.hash(PASSWORD), T0));
    }

    private User login(String login, Password password) {
        return service.login(new LoginCommand(login, password)).user();
    }

    @Test
    void the_right_password_logs_in_by_username_or_email_in_any_case() {
        assertThat(login("ada", PASSWORD)).isEqualTo(ada);
        assertThat(login("ADA", PASSWORD)).isEqualTo(ada);
        assertThat(login("Ada@Example.com", PASSWORD)).isEqualTo(ada);
    }

    @Test
    void unknown_login_wrong_password_and_deactivated_account_fail_alike() {
        users.create(newUser("grace", T0).changePassword(hasher.hash(PASSWORD), T0).changeActive(false, T0));

        List<Throwable> failures = List.of(
                catchFailure(() -> login("nobody", PASSWORD)),
                catchFailure(() -> login("ada", WRONG)),
                catchFailure(() -> login("grace", PASSWORD)));

        assertThat(failures).allSatisfy(failure -> assertThat(failure)
                .isInstanceOf(InvalidCredentialsException.class)
                .hasMessage(failures.get(0).getMessage()));
    }

    private static Throwable catchFailure(Runnable attempt) {
        try {
            attempt.run();
        } catch (RuntimeException e) {
            return e;
        }
        throw new AssertionError("expected a failure");
    }

    @Test
    void an_unknown_login_costs_a_password_check_too_outside_any_transaction() {
        assertThatThrownBy(() -> login("nobody", PASSWORD)).isInstanceOf(InvalidCredentialsException.class);
        assertThatThrownBy(() -> login("ada", WRONG)).isInstanceOf(InvalidCredentialsException.class);

        assertThat(hasher.checkedAgainst).hasSize(2);
        assertThat(hasher.checkedAgainst.get(0)).as("a dummy hash").isNotEqualTo(ada.passwordHash());
        assertThat(hasher.checkedInsideTransaction).isZero();
    }

    @Test
    void five_failures_lock_the_account_even_for_the_right_password_until_the_window_has_passed() {
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            clock.advance(Duration.ofMinutes(1));
            assertThatThrownBy(() -> login("ada", WRONG)).isInstanceOf(InvalidCredentialsException.class);
        }
        Instant firstFailure = T0.plus(Duration.ofMinutes(1));

        assertThatThrownBy(() -> login("ada", WRONG)).isInstanceOf(LoginThrottledException.class);
        assertThatThrownBy(() -> login("ADA@example.com", PASSWORD))
                .isInstanceOfSatisfying(LoginThrottledException.class, e -> assertThat(e.retryAfter())
                        .isEqualTo(Duration.between(clock.instant(), firstFailure.plus(LoginThrottle.WINDOW))));
        assertThat(hasher.checkedAgainst).as("a locked account's passwords are not even checked").hasSize(5);

        clock.advance(Duration.between(clock.instant(), firstFailure.plus(LoginThrottle.WINDOW)));
        assertThat(login("ada", PASSWORD)).isEqualTo(ada);
    }

    @Test
    void unknown_logins_are_throttled_like_accounts() {
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            assertThatThrownBy(() -> login("nobody", WRONG)).isInstanceOf(InvalidCredentialsException.class);
        }

        assertThatThrownBy(() -> login("NOBODY", WRONG)).isInstanceOf(LoginThrottledException.class);
    }

    @Test
    void a_success_resets_the_count() {
        for (int i = 0; i < LoginThrottle.MAX_FAILURES - 1; i++) {
            assertThatThrownBy(() -> login("ada", WRONG)).isInstanceOf(InvalidCredentialsException.class);
        }
        login("ada", PASSWORD);

        for (int i = 0; i < LoginThrottle.MAX_FAILURES - 1; i++) {
            assertThatThrownBy(() -> login("ada", WRONG)).isInstanceOf(InvalidCredentialsException.class);
        }
        assertThat(login("ada", PASSWORD)).isEqualTo(ada);
    }

    @Test
    void accounts_are_throttled_apart() {
        users.create(newUser("grace", T0).changePassword(hasher.hash(PASSWORD), T0));
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            assertThatThrownBy(() -> login("ada", WRONG)).isInstanceOf(InvalidCredentialsException.class);
        }

        assertThat(login("grace", PASSWORD).username().value()).isEqualTo("grace");
    }

    @Test
    void attempts_the_service_was_too_busy_to_check_do_not_count_towards_the_lock() {
        hasher.busy = true;
        for (int i = 0; i < 3 * LoginThrottle.MAX_FAILURES; i++) {
            assertThatThrownBy(() -> login("ada", PASSWORD)).isInstanceOf(BusyException.class);
        }
        hasher.busy = false;

        assertThat(attempts.recordedSince("user:" + ada.requireId().value(), T0.minusSeconds(60), 100)).isEmpty();
        assertThat(login("ada", PASSWORD)).isEqualTo(ada);
    }
}
