package dev.blog.application.user.service;

import dev.blog.application.access.port.in.LoginCommand;
import dev.blog.application.access.service.LoginService;
import dev.blog.application.shared.CountingTransactions;
import dev.blog.application.shared.PasswordGuesses;
import dev.blog.domain.access.LoginThrottle;
import dev.blog.domain.access.LoginThrottledException;
import dev.blog.testsupport.access.InMemoryLoginAttempts;
import dev.blog.application.shared.MutableClock;
import dev.blog.application.shared.Patch;
import dev.blog.application.user.port.in.UpdateUserCommand;
import dev.blog.domain.access.AccessDeniedException;
import dev.blog.domain.access.Actor;
import dev.blog.domain.shared.VersionMismatchException;
import dev.blog.domain.access.AuthenticationRequiredException;
import dev.blog.domain.shared.InvalidValueException;
import dev.blog.domain.user.Role;
import dev.blog.domain.shared.ConflictException;
import dev.blog.domain.shared.NotFoundException;
import dev.blog.domain.user.Bio;
import dev.blog.domain.user.Email;
import dev.blog.domain.user.FullName;
import dev.blog.domain.user.Password;
import dev.blog.domain.user.User;
import dev.blog.domain.user.UserId;
import dev.blog.domain.user.Username;
import dev.blog.testsupport.user.FakePasswordHasher;
import dev.blog.testsupport.user.InMemoryUserFollows;
import dev.blog.testsupport.user.InMemoryUserRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static dev.blog.testsupport.user.Users.newUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class UpdateUserServiceTest {

    private static final Instant T0 = Instant.parse("2026-11-20T10:15:30.123Z");

    private final InMemoryUserRepository users = new InMemoryUserRepository();
    private final InMemoryUserFollows follows = new InMemoryUserFollows(users);
    private final CountingTransactions transactions = new CountingTransactions();
    private final ObservedPasswordHasher hasher = new ObservedPasswordHasher(transactions);
    private final MutableClock clock = new MutableClock(T0);
    private final InMemoryLoginAttempts attempts = new InMemoryLoginAttempts();
    private final PasswordGuesses guesses = new PasswordGuesses(attempts, hasher, transactions, clock);
    private final UpdateUserService service = new UpdateUserService(users, follows, hasher, guesses, transactions,
            clock);

    private User alice;
    private Instant later;

    @BeforeEach
    void store_alice_and_let_time_pass() {
        alice = users.create(newUser("alice", T0).changePassword(new FakePasswordHasher().hash(ALICES_PASSWORD), T0));
        later = clock.advance(Duration.ofMinutes(5));
    }

    private static final Actor ADMIN = Actor.user(new UserId(1000), Role.ADMIN);
    private static final Password ALICES_PASSWORD = new Password("alice's old password");

    /** A merge patch by an admin that changes nothing until a test says otherwise. */
    private static final class PatchOf {
        final UserId id;
        Actor actor = ADMIN;
        Optional<Username> username = Optional.empty();
        Optional<Email> email = Optional.empty();
        Optional<Password> password = Optional.empty();
        Optional<Password> currentPassword = Optional.empty();
        Optional<Boolean> active = Optional.empty();
        Optional<Role> role = Optional.empty();
        Patch<FullName> fullName = Patch.unchanged();
        Patch<Bio> bio = Patch.unchanged();
        Optional<Long> ifMatch = Optional.empty();

        PatchOf(UserId id) {
            this.id = id;
        }

        UpdateUserCommand command() {
            return new UpdateUserCommand(actor, id, username, email, password, currentPassword, active, role,
                    fullName, bio, Patch.unchanged(), ifMatch);
        }
    }

    private User update(UpdateUserCommand command) {
        return service.update(command).user();
    }

    private Actor alicesself() {
        return Actor.user(alice.requireId(), Role.USER);
    }

    private UpdateUserCommand patch(Consumer<PatchOf> fields) {
        PatchOf patch = new PatchOf(alice.requireId());
        fields.accept(patch);
        return patch.command();
    }

    private User stored() {
        return users.findById(alice.requireId()).orElseThrow();
    }

    static Stream<Arguments> singleFieldPatches() {
        Username username = new Username("alice.l");
        Email email = new Email("alice.l@example.org");
        FullName fullName = new FullName("Alice Pleasance Liddell");
        Bio bio = new Bio("Through the looking-glass.");
        return Stream.of(
                arguments("username", fields(p -> p.username = Optional.of(username)),
                        change((user, now) -> user.rename(username, now))),
                arguments("email", fields(p -> p.email = Optional.of(email)),
                        change((user, now) -> user.changeEmail(email, now))),
                arguments("active", fields(p -> p.active = Optional.of(false)),
                        change((user, now) -> user.changeActive(false, now))),
                arguments("fullName", fields(p -> p.fullName = Patch.to(fullName)),
                        change((user, now) -> user.changeFullName(fullName, now))),
                arguments("bio", fields(p -> p.bio = Patch.to(bio)),
                        change((user, now) -> user.changeBio(bio, now))),
                arguments("fullName cleared", fields(p -> p.fullName = Patch.to(null)),
                        change((user, now) -> user.changeFullName(null, now))),
                arguments("bio cleared", fields(p -> p.bio = Patch.to(null)),
                        change((user, now) -> user.changeBio(null, now))));
    }

    private static Consumer<PatchOf> fields(Consumer<PatchOf> fields) {
        return fields;
    }

    private static BiFunction<User, Instant, User> change(BiFunction<User, Instant, User> change) {
        return change;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("singleFieldPatches")
    void a_patch_of_one_field_changes_that_field_and_updated_at_and_leaves_the_rest(
            String field, Consumer<PatchOf> fields, BiFunction<User, Instant, User> expectedChange) {
        User expected = expectedChange.apply(alice, later).withVersion(alice.version() + 1);

        User updated = update(patch(fields));

        assertThat(updated).isEqualTo(expected);
        assertThat(stored()).isEqualTo(expected);
    }

    @Test
    void null_clears_full_name_and_bio() {
        User updated = update(patch(p -> {
            p.fullName = Patch.to(null);
            p.bio = Patch.to(null);
        }));

        assertThat(updated.fullName()).isNull();
        assertThat(updated.bio()).isNull();
        assertThat(stored().fullName()).isNull();
        assertThat(stored().bio()).isNull();
        assertThat(updated.username()).isEqualTo(alice.username());
    }

    @Test
    void a_patch_of_every_field_changes_every_field() {
        Password newPassword = new Password("a brand new password");

        User updated = update(patch(p -> {
            p.username = Optional.of(new Username("alice2"));
            p.email = Optional.of(new Email("alice2@example.org"));
            p.password = Optional.of(newPassword);
            p.active = Optional.of(false);
            p.fullName = Patch.to(new FullName("A. L."));
            p.bio = Patch.to(new Bio("New bio"));
        }));

        assertThat(updated).isEqualTo(new User(alice.requireId(), new Username("alice2"),
                new Email("alice2@example.org"), new FakePasswordHasher().hash(newPassword), new FullName("A. L."),
                new Bio("New bio"), null, false, Role.USER, alice.tokenEpoch() + 2, T0, later, alice.version() + 1));
        assertThat(stored()).isEqualTo(updated);
    }

    @Test
    void a_new_password_is_stored_hashed_never_in_clear() {
        Password newPassword = new Password("a brand new password");

        update(patch(p -> p.password = Optional.of(newPassword)));

        assertThat(stored().passwordHash()).isEqualTo(new FakePasswordHasher().hash(newPassword));
        assertThat(stored().passwordHash().value()).doesNotContain(newPassword.value());
        assertThat(stored().passwordHash()).isNotEqualTo(alice.passwordHash());
        assertThat(stored().updatedAt()).isEqualTo(later);
    }

    @Test
    void a_new_password_is_hashed_once_and_outside_the_transaction() {
        update(patch(p -> p.password = Optional.of(new Password("a brand new password"))));

        assertThat(hasher.hashes()).isEqualTo(1);
        assertThat(hasher.hashesInsideTransaction()).isZero();
    }

    @Test
    void without_a_new_password_nothing_is_hashed() {
        update(patch(p -> p.bio = Patch.to(new Bio("Changed"))));

        assertThat(hasher.hashes()).isZero();
        assertThat(stored().passwordHash()).isEqualTo(alice.passwordHash());
    }

    @Test
    void updated_at_moves_to_now_and_created_at_stays() {
        User updated = update(patch(p -> p.active = Optional.of(false)));

        assertThat(updated.updatedAt()).isEqualTo(later);
        assertThat(updated.createdAt()).isEqualTo(T0);
    }

    @Test
    void an_empty_patch_changes_nothing_and_does_not_bump_updated_at() {
        User updated = update(patch(p -> { }));

        assertThat(updated).isEqualTo(alice);
        assertThat(updated.updatedAt()).isEqualTo(T0);
        assertThat(stored()).isEqualTo(alice);
        assertThat(hasher.hashes()).isZero();
    }

    @Test
    void an_update_checks_then_writes_in_read_write_transactions_only() {
        update(patch(p -> {
            p.username = Optional.of(new Username("alice2"));
            p.password = Optional.of(new Password("a brand new password"));
        }));

        assertThat(transactions.readWrite()).as("both on the primary: read-modify-write").isEqualTo(2);
        assertThat(transactions.total()).isEqualTo(2);
    }

    @Test
    void update_of_a_missing_user_is_not_found() {
        PatchOf patch = new PatchOf(new UserId(404));
        patch.bio = Patch.to(new Bio("Nobody's bio"));
        UpdateUserCommand command = patch.command();

        assertThatThrownBy(() -> update(command))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("404");
        assertThat(transactions.readWrite()).as("the lookup only").isEqualTo(1);
    }

    @Test
    void update_to_a_taken_username_is_a_conflict_on_username_and_changes_nothing() {
        users.create(newUser("bob", T0));

        assertThatThrownBy(() -> update(patch(p -> {
            p.username = Optional.of(new Username("BOB"));
            p.bio = Patch.to(new Bio("Trying to be Bob"));
        })))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.field()).isEqualTo("username"));
        assertThat(stored()).isEqualTo(alice);
        assertThat(transactions.rolledBack()).isEqualTo(1);
    }

    @Test
    void update_to_a_taken_email_is_a_conflict_on_email_and_changes_nothing() {
        users.create(newUser("bob", T0));

        assertThatThrownBy(() -> update(patch(p -> p.email = Optional.of(new Email("Bob@Example.com")))))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.field()).isEqualTo("email"));
        assertThat(stored()).isEqualTo(alice);
    }

    @Test
    void the_user_may_change_their_own_profile() {
        User updated = update(patch(p -> {
            p.actor = alicesself();
            p.bio = Patch.to(new Bio("Mine"));
        }));

        assertThat(updated.bio()).isEqualTo(new Bio("Mine"));
    }

    @Test
    void nobody_else_but_an_admin_may_and_anonymous_callers_must_log_in() {
        User bob = users.create(newUser("bob", T0));

        assertThatThrownBy(() -> update(patch(p -> {
            p.actor = Actor.user(bob.requireId(), Role.USER);
            p.bio = Patch.to(new Bio("Hijacked"));
        }))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> update(patch(p -> {
            p.actor = Actor.anonymous();
            p.bio = Patch.to(new Bio("Hijacked"));
        }))).isInstanceOf(AuthenticationRequiredException.class);
        assertThat(stored()).isEqualTo(alice);
    }

    @Test
    void role_and_active_are_for_admins_only_even_on_ones_own_account() {
        assertThatThrownBy(() -> update(patch(p -> {
            p.actor = alicesself();
            p.role = Optional.of(Role.ADMIN);
        }))).isInstanceOf(AccessDeniedException.class).hasMessageContaining("role");
        assertThatThrownBy(() -> update(patch(p -> {
            p.actor = alicesself();
            p.active = Optional.of(false);
        }))).isInstanceOf(AccessDeniedException.class);

        assertThat(update(patch(p -> p.role = Optional.of(Role.ADMIN))).role()).isEqualTo(Role.ADMIN);
    }

    @Test
    void a_deactivated_user_does_not_exist_for_themself() {
        users.update(alice.changeActive(false, T0));

        assertThatThrownBy(() -> update(patch(p -> {
            p.actor = alicesself();
            p.bio = Patch.to(new Bio("Back"));
        }))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void changing_ones_own_password_or_email_needs_the_current_password() {
        assertThatThrownBy(() -> update(patch(p -> {
            p.actor = alicesself();
            p.password = Optional.of(new Password("a brand new password"));
        }))).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.field()).isEqualTo("currentPassword"));
        assertThatThrownBy(() -> update(patch(p -> {
            p.actor = alicesself();
            p.email = Optional.of(new Email("new@example.com"));
            p.currentPassword = Optional.of(new Password("not alice's password"));
        }))).isInstanceOf(AccessDeniedException.class).hasMessageContaining("current password");
        assertThat(stored()).isEqualTo(alice);

        User updated = update(patch(p -> {
            p.actor = alicesself();
            p.email = Optional.of(new Email("new@example.com"));
            p.currentPassword = Optional.of(ALICES_PASSWORD);
        }));
        assertThat(updated.email()).isEqualTo(new Email("new@example.com"));
    }

    @Test
    void wrong_current_passwords_count_like_failed_logins_and_lock_the_account_for_both() {
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            assertThatThrownBy(() -> update(patch(p -> {
                p.actor = alicesself();
                p.password = Optional.of(new Password("a brand new password"));
                p.currentPassword = Optional.of(new Password("guess number " + System.nanoTime()));
            }))).isInstanceOf(AccessDeniedException.class);
        }

        assertThatThrownBy(() -> update(patch(p -> {
            p.actor = alicesself();
            p.password = Optional.of(new Password("a brand new password"));
            p.currentPassword = Optional.of(ALICES_PASSWORD);
        }))).as("locked: not even the right password is checked").isInstanceOf(LoginThrottledException.class);
        LoginService login = new LoginService(users, follows, guesses, hasher, transactions);
        assertThatThrownBy(() -> login.login(new LoginCommand("alice", ALICES_PASSWORD)))
                .as("the same lock as logins").isInstanceOf(LoginThrottledException.class);
        assertThat(stored()).isEqualTo(alice);
    }

    @Test
    void the_right_current_password_takes_back_the_wrong_guesses_before_it() {
        for (int i = 0; i < LoginThrottle.MAX_FAILURES - 1; i++) {
            assertThatThrownBy(() -> update(patch(p -> {
                p.actor = alicesself();
                p.email = Optional.of(new Email("new@example.com"));
                p.currentPassword = Optional.of(new Password("a wrong guess"));
            }))).isInstanceOf(AccessDeniedException.class);
        }
        update(patch(p -> {
            p.actor = alicesself();
            p.email = Optional.of(new Email("new@example.com"));
            p.currentPassword = Optional.of(ALICES_PASSWORD);
        }));

        assertThat(attempts.recordedSince(PasswordGuesses.accountOf(alice.requireId()), Instant.EPOCH, 10)).isEmpty();
    }

    @Test
    void sending_back_the_same_email_needs_no_current_password() {
        User updated = update(patch(p -> {
            p.actor = alicesself();
            p.email = Optional.of(alice.email());
            p.bio = Patch.to(new Bio("Same address"));
        }));

        assertThat(updated.bio()).isEqualTo(new Bio("Same address"));
    }

    @Test
    void a_new_password_revokes_the_users_tokens() {
        User updated = update(patch(p -> {
            p.actor = alicesself();
            p.password = Optional.of(new Password("a brand new password"));
            p.currentPassword = Optional.of(ALICES_PASSWORD);
        }));

        assertThat(updated.honoursTokensOf(alice.tokenEpoch())).isFalse();
    }

    @Test
    void a_change_made_on_an_older_version_is_refused_and_changes_nothing() {
        update(patch(p -> p.bio = Patch.to(new Bio("First"))));

        assertThatThrownBy(() -> update(patch(p -> {
            p.bio = Patch.to(new Bio("Second"));
            p.ifMatch = Optional.of(alice.version());
        })))
                .isInstanceOfSatisfying(VersionMismatchException.class,
                        e -> assertThat(e.currentVersion()).isEqualTo(alice.version() + 1));
        assertThat(stored().bio()).isEqualTo(new Bio("First"));
    }
}
