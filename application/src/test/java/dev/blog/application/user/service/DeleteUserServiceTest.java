package dev.blog.application.user.service;

import dev.blog.application.shared.CountingTransactions;
import dev.blog.application.user.port.in.DeleteUserCommand;
import dev.blog.domain.access.AccessDeniedException;
import dev.blog.domain.access.Actor;
import dev.blog.domain.access.AuthenticationRequiredException;
import dev.blog.domain.user.Role;
import dev.blog.domain.shared.NotFoundException;
import dev.blog.domain.user.User;
import dev.blog.domain.user.UserId;
import dev.blog.testsupport.user.InMemoryUserRepository;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.time.Instant;

import static dev.blog.testsupport.user.Users.newUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeleteUserServiceTest {

    private static final Instant T0 = Instant.parse("2026-11-20T10:15:30.123Z");

    private final InMemoryUserRepository users = new InMemoryUserRepository();
    private final CountingTransactions transactions = new CountingTransactions();
    private final DeleteUserService service = new DeleteUserService(users, transactions);

    private static final Actor ADMIN = Actor.user(new UserId(1000), Role.ADMIN);

    private static DeleteUserCommand byAdmin(UserId id) {
        return new DeleteUserCommand(ADMIN, id, Optional.empty());
    }

    @Test
    void the_user_themself_may_delete_their_account_others_may_not() {
        User alice = users.create(newUser("alice", T0));
        User bob = users.create(newUser("bob", T0));

        assertThatThrownBy(() -> service.delete(new DeleteUserCommand(Actor.user(bob.requireId(), Role.USER),
                alice.requireId(), Optional.empty()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.delete(new DeleteUserCommand(Actor.anonymous(), alice.requireId(), Optional.empty())))
                .isInstanceOf(AuthenticationRequiredException.class);
        service.delete(new DeleteUserCommand(Actor.user(alice.requireId(), Role.USER), alice.requireId(), Optional.empty()));

        assertThat(users.existsById(alice.requireId())).isFalse();
    }

    @Test
    void a_deactivated_user_is_not_found_by_anyone_but_admins() {
        User alice = users.create(newUser("alice", T0).changeActive(false, T0));

        assertThatThrownBy(() -> service.delete(new DeleteUserCommand(Actor.user(alice.requireId(), Role.USER),
                alice.requireId(), Optional.empty()))).isInstanceOf(NotFoundException.class);
        service.delete(byAdmin(alice.requireId()));
    }

    @Test
    void delete_removes_the_user_and_only_that_user() {
        User alice = users.create(newUser("alice", T0));
        User bob = users.create(newUser("bob", T0));

        service.delete(byAdmin(alice.requireId()));

        assertThat(users.existsById(alice.requireId())).isFalse();
        assertThat(users.findById(bob.requireId())).contains(bob);
    }

    @Test
    void delete_runs_in_exactly_one_read_write_transaction() {
        User alice = users.create(newUser("alice", T0));

        service.delete(byAdmin(alice.requireId()));

        assertThat(transactions.readWrite()).isEqualTo(1);
        assertThat(transactions.total()).isEqualTo(1);
    }

    @Test
    void delete_of_a_missing_user_is_not_found() {
        assertThatThrownBy(() -> service.delete(byAdmin(new UserId(404))))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("404");
    }

    @Test
    void deleting_twice_is_not_found_the_second_time() {
        User alice = users.create(newUser("alice", T0));
        service.delete(byAdmin(alice.requireId()));

        assertThatThrownBy(() -> service.delete(byAdmin(alice.requireId()))).isInstanceOf(NotFoundException.class);
    }
}
