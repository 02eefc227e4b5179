package dev.blog.application.user.service;

import dev.blog.application.shared.CountingTransactions;
import dev.blog.application.shared.MutableClock;
import dev.blog.application.user.port.in.FollowUserCommand;
import dev.blog.application.user.port.in.FollowedAmongQuery;
import dev.blog.application.user.port.in.GetUserByUsernameQuery;
import dev.blog.application.user.port.in.UserView;
import dev.blog.domain.access.Actor;
import dev.blog.domain.shared.NotFoundException;
import dev.blog.domain.user.FollowCounts;
import dev.blog.domain.user.Role;
import dev.blog.domain.user.User;
import dev.blog.domain.user.UserId;
import dev.blog.domain.user.Username;
import dev.blog.testsupport.user.InMemoryUserFollows;
import dev.blog.testsupport.user.InMemoryUserRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Set;

import static dev.blog.testsupport.user.Users.newUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The use cases that name users by username and ask which users the caller follows (RealWorld's needs). */
class UserByUsernameServicesTest {

    private static final Instant T0 = Instant.parse("2026-11-20T10:15:30.123Z");

    private final InMemoryUserRepository users = new InMemoryUserRepository();
    private final InMemoryUserFollows follows = new InMemoryUserFollows(users);
    private final CountingTransactions transactions = new CountingTransactions();
    private final GetUserByUsernameService byUsername = new GetUserByUsernameService(users, follows, transactions);
    private final FollowedAmongService followedAmong = new FollowedAmongService(follows, transactions);
    private final FollowUserService follow = new FollowUserService(users, follows, new CountingTransactions(),
            new MutableClock(T0));

    private User ada;
    private User cyd;
    private Actor bob;

    @BeforeEach
    void threeUsers() {
        ada = users.create(newUser("ada", T0));
        cyd = users.create(newUser("cyd", T0));
        bob = Actor.user(users.create(newUser("bob", T0)).requireId(), Role.USER);
    }

    @Test
    void a_user_is_found_by_username_in_any_case_with_what_the_caller_follows() {
        follow.follow(new FollowUserCommand(bob, ada.requireId()));

        UserView found = byUsername.get(new GetUserByUsernameQuery(bob, new Username("ADA")));

        assertThat(found.user()).isEqualTo(ada);
        assertThat(found.privateFields()).isFalse();
        assertThat(found.follows()).isEqualTo(new FollowCounts(1, 0, true));
        assertThat(transactions.readOnly()).isEqualTo(1);
        assertThat(transactions.total()).isEqualTo(1);
    }

    @Test
    void an_unknown_username_and_a_deactivated_user_are_not_found_except_deactivated_ones_for_admins() {
        User gone = users.update(users.create(newUser("eve", T0)).changeActive(false, T0));

        assertThatThrownBy(() -> byUsername.get(new GetUserByUsernameQuery(bob, new Username("nobody"))))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("nobody");
        assertThatThrownBy(() -> byUsername.get(new GetUserByUsernameQuery(Actor.anonymous(), new Username("eve"))))
                .isInstanceOf(NotFoundException.class);
        assertThat(byUsername.get(new GetUserByUsernameQuery(Actor.user(new UserId(999), Role.ADMIN),
                new Username("eve"))).user().id()).isEqualTo(gone.id());
    }

    @Test
    void followed_among_names_exactly_the_followed_users_in_one_read_only_transaction() {
        follow.follow(new FollowUserCommand(bob, ada.requireId()));

        Set<UserId> followed = followedAmong.followedAmong(
                new FollowedAmongQuery(bob, Set.of(ada.requireId(), cyd.requireId())));

        assertThat(followed).containsExactly(ada.requireId());
        assertThat(transactions.readOnly()).isEqualTo(1);
        assertThat(transactions.total()).isEqualTo(1);
    }

    @Test
    void an_anonymous_caller_follows_nobody_and_is_not_even_asked_about() {
        assertThat(followedAmong.followedAmong(new FollowedAmongQuery(Actor.anonymous(), Set.of(ada.requireId()))))
                .isEmpty();
        assertThat(followedAmong.followedAmong(new FollowedAmongQuery(bob, Set.of()))).isEmpty();
        assertThat(transactions.total()).isZero();
    }
}
