package dev.blog.application.user.service;

import dev.blog.application.shared.CountingTransactions;
import dev.blog.application.shared.MutableClock;
import dev.blog.application.user.port.in.RegisterUserCommand;
import dev.blog.domain.shared.ConflictException;
import dev.blog.domain.user.Bio;
import dev.blog.domain.user.Email;
import dev.blog.domain.user.FullName;
import dev.blog.domain.user.ImageUrl;
import dev.blog.domain.user.Password;
import dev.blog.domain.user.User;
import dev.blog.domain.user.Username;
import dev.blog.testsupport.user.FakePasswordHasher;
import dev.blog.testsupport.user.InMemoryUserRepository;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RegisterUserServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-20T10:15:30.123Z");
    private static final Password PASSWORD = new Password("correct horse battery staple");

    private final InMemoryUserRepository users = new InMemoryUserRepository();
    private final CountingTransactions transactions = new CountingTransactions();
    private final ObservedPasswordHasher hasher = new ObservedPasswordHasher(transactions);
    private final RegisterUserService service =
            new RegisterUserService(users, hasher, transactions, new MutableClock(NOW));

    private static RegisterUserCommand command(String username, String email) {
        return new RegisterUserCommand(new Username(username), new Email(email), PASSWORD,
                new FullName("Alice Liddell"), new Bio("Curiouser and curiouser."),
                new ImageUrl("https://example.com/alice.png"));
    }

    @Test
    void registration_stores_an_active_user_and_returns_it_with_its_id() {
        User registered = service.register(command("alice", "alice@example.com")).user();

        assertThat(registered.isStored()).isTrue();
        assertThat(users.findById(registered.requireId())).contains(registered);
        assertThat(registered.username()).isEqualTo(new Username("alice"));
        assertThat(registered.email()).isEqualTo(new Email("alice@example.com"));
        assertThat(registered.fullName()).isEqualTo(new FullName("Alice Liddell"));
        assertThat(registered.bio()).isEqualTo(new Bio("Curiouser and curiouser."));
        assertThat(registered.active()).isTrue();
    }

    @Test
    void registration_is_dated_by_the_clock() {
        User registered = service.register(command("alice", "alice@example.com")).user();

        assertThat(registered.createdAt()).isEqualTo(NOW);
        assertThat(registered.updatedAt()).isEqualTo(NOW);
    }

    @Test
    void registration_stores_the_hash_of_the_password_never_the_password() {
        User registered = service.register(command("alice", "alice@example.com")).user();

        User stored = users.findById(registered.requireId()).orElseThrow();
        assertThat(stored.passwordHash()).isEqualTo(new FakePasswordHasher().hash(PASSWORD));
        assertThat(stored.passwordHash().value()).doesNotContain(PASSWORD.value());
        assertThat(new FakePasswordHasher().matches(PASSWORD, stored.passwordHash())).isTrue();
    }

    @Test
    void optional_full_name_and_bio_may_be_left_out() {
        User registered = service.register(
                new RegisterUserCommand(new Username("bob"), new Email("bob@example.com"), PASSWORD, null, null, null)).user();

        assertThat(registered.fullName()).isNull();
        assertThat(registered.bio()).isNull();
    }

    @Test
    void registration_runs_in_exactly_one_read_write_transaction_and_hashes_outside_it() {
        service.register(command("alice", "alice@example.com")).user();

        assertThat(transactions.readWrite()).isEqualTo(1);
        assertThat(transactions.total()).isEqualTo(1);
        assertThat(hasher.hashes()).isEqualTo(1);
        assertThat(hasher.hashesInsideTransaction()).isZero();
    }

    @Test
    void a_taken_username_is_a_conflict_on_username() {
        service.register(command("alice", "alice@example.com")).user();

        assertThatThrownBy(() -> service.register(command("ALICE", "other@example.com")))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.field()).isEqualTo("username"));
        assertThat(transactions.rolledBack()).isEqualTo(1);
    }

    @Test
    void a_taken_email_is_a_conflict_on_email() {
        service.register(command("alice", "alice@example.com")).user();

        assertThatThrownBy(() -> service.register(command("other", "Alice@Example.com")))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.field()).isEqualTo("email"));
    }
}
