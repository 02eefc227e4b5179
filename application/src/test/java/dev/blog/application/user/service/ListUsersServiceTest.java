package dev.blog.application.user.service;

import dev.blog.application.shared.CountingTransactions;
import dev.blog.application.user.port.in.ListUsersQuery;
import dev.blog.application.user.port.in.UserView;
import dev.blog.domain.access.AccessDeniedException;
import dev.blog.domain.access.Actor;
import dev.blog.domain.access.AuthenticationRequiredException;
import dev.blog.domain.user.Role;
import dev.blog.domain.user.UserId;
import dev.blog.domain.shared.Page;
import dev.blog.domain.shared.PageRequest;
import dev.blog.domain.user.User;
import dev.blog.testsupport.user.InMemoryUserFollows;
import dev.blog.testsupport.user.InMemoryUserRepository;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;

import static dev.blog.testsupport.user.Users.newUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ListUsersServiceTest {

    private static final Instant T0 = Instant.parse("2026-11-20T10:15:30.123Z");

    private final InMemoryUserRepository users = new InMemoryUserRepository();
    private final InMemoryUserFollows follows = new InMemoryUserFollows(users);
    private final CountingTransactions transactions = new CountingTransactions();
    private final ListUsersService service = new ListUsersService(users, follows, transactions);

    private static final Actor ADMIN = Actor.user(new UserId(1000), Role.ADMIN);

    private User store(String name, long secondsAfterT0) {
        return users.create(newUser(name, T0.plusSeconds(secondsAfterT0)));
    }

    @Test
    void list_is_newest_first() {
        User oldest = store("oldest", 0);
        User newest = store("newest", 20);
        User middle = store("middle", 10);

        Page<UserView> page = service.list(new ListUsersQuery(Actor.anonymous(), Optional.empty(), new PageRequest(0, 20)));

        assertThat(page.items()).extracting(UserView::user).containsExactly(newest, middle, oldest);
        assertThat(page.items()).noneMatch(UserView::privateFields);
        assertThat(page.total()).isEqualTo(3);
    }

    @Test
    void list_passes_the_page_through() {
        for (int i = 0; i < 5; i++) {
            store("user" + i, i);
        }

        Page<UserView> page = service.list(new ListUsersQuery(Actor.anonymous(), Optional.empty(), new PageRequest(1, 2)));

        assertThat(page.items()).extracting(view -> view.user().username().value()).containsExactly("user3", "user2");
        assertThat(page.offset()).contains(1);
        assertThat(page.limit()).isEqualTo(2);
        assertThat(page.total()).isEqualTo(5);
    }

    @Test
    void list_passes_the_filter_through() {
        User active = store("active1", 0);
        User inactive = store("inactive1", 1);
        users.update(inactive.changeActive(false, T0.plusSeconds(2)));

        Page<UserView> onlyInactive = service.list(
                new ListUsersQuery(ADMIN, Optional.of(false), new PageRequest(0, 20)));
        Page<UserView> onlyActive = service.list(
                new ListUsersQuery(ADMIN, Optional.of(true), new PageRequest(0, 20)));

        assertThat(onlyInactive.items()).extracting(view -> view.user().requireId()).containsExactly(inactive.requireId());
        assertThat(onlyInactive.total()).isEqualTo(1);
        assertThat(onlyActive.items()).extracting(UserView::user).containsExactly(active);
        assertThat(onlyActive.items()).allMatch(UserView::privateFields);
        assertThat(onlyActive.total()).isEqualTo(1);
    }

    @Test
    void without_the_filter_only_active_users_are_listed_to_anyone() {
        User active = store("active1", 0);
        User inactive = store("inactive1", 1);
        users.update(inactive.changeActive(false, T0.plusSeconds(2)));

        assertThat(service.list(new ListUsersQuery(Actor.anonymous(), Optional.empty(), new PageRequest(0, 20))).items())
                .extracting(UserView::user).containsExactly(active);
        assertThat(service.list(new ListUsersQuery(ADMIN, Optional.empty(), new PageRequest(0, 20))).items())
                .extracting(UserView::user).containsExactly(active);
    }

    @Test
    void only_admins_may_filter_by_the_active_flag() {
        assertThatThrownBy(() -> service.list(new ListUsersQuery(Actor.anonymous(), Optional.of(true),
                new PageRequest(0, 20)))).isInstanceOf(AuthenticationRequiredException.class);
        assertThatThrownBy(() -> service.list(new ListUsersQuery(Actor.user(new UserId(1), Role.USER),
                Optional.of(false), new PageRequest(0, 20)))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void list_of_nothing_is_an_empty_page() {
        Page<UserView> page = service.list(new ListUsersQuery(Actor.anonymous(), Optional.empty(), new PageRequest(0, 20)));

        assertThat(page.items()).isEmpty();
        assertThat(page.total()).isZero();
    }

    @Test
    void list_runs_in_exactly_one_read_only_transaction() {
        store("alice", 0);

        service.list(new ListUsersQuery(Actor.anonymous(), Optional.empty(), new PageRequest(0, 20)));

        assertThat(transactions.readOnly()).isEqualTo(1);
        assertThat(transactions.total()).isEqualTo(1);
    }
}
