package dev.blog.application.user.service;

import dev.blog.application.shared.CountingTransactions;
import dev.blog.application.shared.MutableClock;
import dev.blog.application.shared.Patch;
import dev.blog.application.user.port.in.UpdateUserCommand;
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
    private final CountingTransactions transactions = new CountingTransactions();
    private final ObservedPasswordHasher hasher = new ObservedPasswordHasher(transactions);
    private final MutableClock clock = new MutableClock(T0);
    private final UpdateUserService service = new UpdateUserService(users, hasher, transactions, clock);

    private User alice;
    private Instant later;

    @BeforeEach
    void store_alice_and_let_time_pass() {
        alice = users.create(newUser("alice", T0));
        later = clock.advance(Duration.ofMinutes(5));
    }

    /** A merge patch that changes nothing until a test says otherwise. */
    private static final class PatchOf {
        final UserId id;
        Optional<Username> username = Optional.empty();
        Optional<Email> email = Optional.empty();
        Optional<Password> password = Optional.empty();
        Optional<Boolean> active = Optional.empty();
        Patch<FullName> fullName = Patch.unchanged();
        Patch<Bio> bio = Patch.unchanged();

        PatchOf(UserId id) {
            this.id = id;
        }

        UpdateUserCommand command() {
            return new UpdateUserCommand(id, username, email, password, active, fullName, bio);
        }
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
        User expected = expectedChange.apply(alice, later);

        User updated = service.update(patch(fields));

        assertThat(updated).isEqualTo(expected);
        assertThat(stored()).isEqualTo(expected);
    }

    @Test
    void null_clears_full_name_and_bio() {
        User updated = service.update(patch(p -> {
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

        User updated = service.update(patch(p -> {
            p.username = Optional.of(new Username("alice2"));
            p.email = Optional.of(new Email("alice2@example.org"));
            p.password = Optional.of(newPassword);
            p.active = Optional.of(false);
            p.fullName = Patch.to(new FullName("A. L."));
            p.bio = Patch.to(new Bio("New bio"));
        }));

        assertThat(updated).isEqualTo(new User(alice.requireId(), new Username("alice2"),
                new Email("alice2@example.org"), new FakePasswordHasher().hash(newPassword), new FullName("A. L."),
                new Bio("New bio"), false, T0, later));
        assertThat(stored()).isEqualTo(updated);
    }

    @Test
    void a_new_password_is_stored_hashed_never_in_clear() {
        Password newPassword = new Password("a brand new password");

        service.update(patch(p -> p.password = Optional.of(newPassword)));

        assertThat(stored().passwordHash()).isEqualTo(new FakePasswordHasher().hash(newPassword));
        assertThat(stored().passwordHash().value()).doesNotContain(newPassword.value());
        assertThat(stored().passwordHash()).isNotEqualTo(alice.passwordHash());
        assertThat(stored().updatedAt()).isEqualTo(later);
    }

    @Test
    void a_new_password_is_hashed_once_and_outside_the_transaction() {
        service.update(patch(p -> p.password = Optional.of(new Password("a brand new password"))));

        assertThat(hasher.hashes()).isEqualTo(1);
        assertThat(hasher.hashesInsideTransaction()).isZero();
    }

    @Test
    void without_a_new_password_nothing_is_hashed() {
        service.update(patch(p -> p.bio = Patch.to(new Bio("Changed"))));

        assertThat(hasher.hashes()).isZero();
        assertThat(stored().passwordHash()).isEqualTo(alice.passwordHash());
    }

    @Test
    void updated_at_moves_to_now_and_created_at_stays() {
        User updated = service.update(patch(p -> p.active = Optional.of(false)));

        assertThat(updated.updatedAt()).isEqualTo(later);
        assertThat(updated.createdAt()).isEqualTo(T0);
    }

    @Test
    void an_empty_patch_changes_nothing_and_does_not_bump_updated_at() {
        User updated = service.update(patch(p -> { }));

        assertThat(updated).isEqualTo(alice);
        assertThat(updated.updatedAt()).isEqualTo(T0);
        assertThat(stored()).isEqualTo(alice);
        assertThat(hasher.hashes()).isZero();
    }

    @Test
    void an_update_runs_in_exactly_one_read_write_transaction() {
        service.update(patch(p -> {
            p.username = Optional.of(new Username("alice2"));
            p.password = Optional.of(new Password("a brand new password"));
        }));

        assertThat(transactions.readWrite()).isEqualTo(1);
        assertThat(transactions.total()).isEqualTo(1);
    }

    @Test
    void update_of_a_missing_user_is_not_found() {
        PatchOf patch = new PatchOf(new UserId(404));
        patch.bio = Patch.to(new Bio("Nobody's bio"));
        UpdateUserCommand command = patch.command();

        assertThatThrownBy(() -> service.update(command))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("404");
        assertThat(transactions.rolledBack()).isEqualTo(1);
    }

    @Test
    void update_to_a_taken_username_is_a_conflict_on_username_and_changes_nothing() {
        users.create(newUser("bob", T0));

        assertThatThrownBy(() -> service.update(patch(p -> {
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

        assertThatThrownBy(() -> service.update(patch(p -> p.email = Optional.of(new Email("Bob@Example.com")))))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.field()).isEqualTo("email"));
        assertThat(stored()).isEqualTo(alice);
    }
}
