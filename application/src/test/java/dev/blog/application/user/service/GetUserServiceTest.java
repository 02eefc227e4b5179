package dev.blog.application.user.service;

import dev.blog.application.shared.CountingTransactions;
import dev.blog.application.user.port.in.UserView;
import dev.blog.domain.access.Actor;
import dev.blog.domain.shared.NotFoundException;
import dev.blog.domain.user.FollowCounts;
import dev.blog.domain.user.Role;
import dev.blog.domain.user.User;
import dev.blog.domain.user.UserId;
import dev.blog.testsupport.user.InMemoryUserFollows;
import dev.blog.testsupport.user.InMemoryUserRepository;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static dev.blog.testsupport.user.Users.newUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GetUserServiceTest {

    private static final Instant T0 = Instant.parse("2026-11-20T10:15:30.123Z");

    private final InMemoryUserRepository users = new InMemoryUserRepository();
    private final InMemoryUserFollows follows = new InMemoryUserFollows(users);
    private final CountingTransactions transactions = new CountingTransactions();
    private final GetUserService service = new GetUserService(users, follows, transactions);

    @Test
    void get_returns_the_stored_user() {
        User stored = users.create(newUser("alice", T0));

        assertThat(service.get(Actor.anonymous(), stored.requireId())).isEqualTo(new UserView(stored, false, FollowCounts.NONE));
    }

    @Test
    void the_user_themself_and_admins_see_the_private_fields_others_do_not() {
        User stored = users.create(newUser("alice", T0));

        assertThat(service.get(Actor.user(stored.requireId(), Role.USER), stored.requireId()).privateFields()).isTrue();
        assertThat(service.get(Actor.user(new UserId(99), Role.ADMIN), stored.requireId()).privateFields()).isTrue();
        assertThat(service.get(Actor.user(new UserId(99), Role.USER), stored.requireId()).privateFields()).isFalse();
    }

    @Test
    void a_deactivated_user_exists_only_for_admins() {
        User stored = users.create(newUser("alice", T0).changeActive(false, T0));

        assertThatThrownBy(() -> service.get(Actor.anonymous(), stored.requireId())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.get(Actor.user(new UserId(99), Role.USER), stored.requireId()))
                .isInstanceOf(NotFoundException.class);
        assertThat(service.get(Actor.user(new UserId(99), Role.ADMIN), stored.requireId()).user()).isEqualTo(stored);
    }

    @Test
    void get_runs_in_exactly_one_read_only_transaction() {
        User stored = users.create(newUser("alice", T0));

        service.get(Actor.anonymous(), stored.requireId());

        assertThat(transactions.readOnly()).isEqualTo(1);
        assertThat(transactions.total()).isEqualTo(1);
    }

    @Test
    void get_of_a_missing_user_is_not_found() {
        assertThatThrownBy(() -> service.get(Actor.anonymous(), new UserId(404)))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("404");
        assertThat(transactions.total()).isEqualTo(1);
    }
}
