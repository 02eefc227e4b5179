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

class GetUserServiceTest {

    private static final Instant T0 = Instant.parse("2026-11-20T10:15:30.123Z");

    private final InMemoryUserRepository users = new InMemoryUserRepository();
    private final CountingTransactions transactions = new CountingTransactions();
    private final GetUserService service = new GetUserService(users, transactions);

    @Test
    void get_returns_the_stored_user() {
        User stored = users.create(newUser("alice", T0));

        assertThat(service.get(stored.requireId())).isEqualTo(stored);
    }

    @Test
    void get_runs_in_exactly_one_read_only_transaction() {
        User stored = users.create(newUser("alice", T0));

        service.get(stored.requireId());

        assertThat(transactions.readOnly()).isEqualTo(1);
        assertThat(transactions.total()).isEqualTo(1);
    }

    @Test
    void get_of_a_missing_user_is_not_found() {
        assertThatThrownBy(() -> service.get(new UserId(404)))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("404");
        assertThat(transactions.total()).isEqualTo(1);
    }
}
