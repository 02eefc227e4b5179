package dev.blog.application.user.service;

import dev.blog.application.shared.CountingTransactions;
import dev.blog.domain.shared.NotFoundException;
import dev.blog.domain.user.User;
import dev.blog.domain.user.UserId;
import dev.blog.testsupport.user.InMemoryUserRepository;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static dev.blog.testsupport.user.Users.newUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeleteUserServiceTest {

    private static final Instant T0 = Instant.parse("2026-11-20T10:15:30.123Z");

    private final InMemoryUserRepository users = new InMemoryUserRepository();
    private final CountingTransactions transactions = new CountingTransactions();
    private final DeleteUserService service = new DeleteUserService(users, transactions);

    @Test
    void delete_removes_the_user_and_only_that_user() {
        User alice = users.create(newUser("alice", T0));
        User bob = users.create(newUser("bob", T0));

        service.delete(alice.requireId());

        assertThat(users.existsById(alice.requireId())).isFalse();
        assertThat(users.findById(bob.requireId())).contains(bob);
    }

    @Test
    void delete_runs_in_exactly_one_read_write_transaction() {
        User alice = users.create(newUser("alice", T0));

        service.delete(alice.requireId());

        assertThat(transactions.readWrite()).isEqualTo(1);
        assertThat(transactions.total()).isEqualTo(1);
    }

    @Test
    void delete_of_a_missing_user_is_not_found() {
        assertThatThrownBy(() -> service.delete(new UserId(404)))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("404");
    }

    @Test
    void deleting_twice_is_not_found_the_second_time() {
        User alice = users.create(newUser("alice", T0));
        service.delete(alice.requireId());

        assertThatThrownBy(() -> service.delete(alice.requireId())).isInstanceOf(NotFoundException.class);
    }
}
