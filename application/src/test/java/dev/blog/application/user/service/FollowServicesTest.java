package dev.blog.application.user.service;

import dev.blog.application.shared.CountingTransactions;
import dev.blog.application.shared.MutableClock;
import dev.blog.application.user.port.in.FollowUserCommand;
import dev.blog.application.user.port.in.ListFollowersQuery;
import dev.blog.application.user.port.in.ListFollowingQuery;
import dev.blog.application.user.port.in.UnfollowUserCommand;
import dev.blog.application.user.port.in.UserView;
import dev.blog.domain.access.Actor;
import dev.blog.domain.access.AuthenticationRequiredException;
import dev.blog.domain.shared.InvalidValueException;
import dev.blog.domain.shared.NotFoundException;
import dev.blog.domain.shared.PageRequest;
import dev.blog.domain.user.FollowCounts;
import dev.blog.domain.user.Role;
import dev.blog.domain.user.User;
import dev.blog.domain.user.UserId;
import dev.blog.testsupport.user.InMemoryUserFollows;
import dev.blog.testsupport.user.InMemoryUserRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static dev.blog.testsupport.user.Users.newUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FollowServicesTest {

    private static final Instant T0 = Instant.parse("2026-11-20T10:15:30.123Z");

    private final InMemoryUserRepository users = new InMemoryUserRepository();
    private final InMemoryUserFollows follows = new InMemoryUserFollows(users);
    private final CountingTransactions transactions = new CountingTransactions();
    private final MutableClock clock = new MutableClock(T0);
    private final FollowUserService follow = new FollowUserService(users, follows, transactions, clock);
    private final UnfollowUserService unfollow = new UnfollowUserService(users, follows, transactions);
    private final ListFollowersService followers = new ListFollowersService(users, follows, transactions);
    private final ListFollowingService following = new ListFollowingService(users, follows, transactions);

    private User ada;
    private Actor bob;

    @BeforeEach
    void twoUsers() {
        ada = users.create(newUser("ada", T0));
        bob = Actor.user(users.create(newUser("bob", T0)).requireId(), Role.USER);
    }

    @Test
    void following_twice_counts_once_and_answers_the_followee_as_the_follower_sees_them() {
        follow.follow(new FollowUserCommand(bob, ada.requireId()));
        UserView again = follow.follow(new FollowUserCommand(bob, ada.requireId()));

        assertThat(again.user()).isEqualTo(ada);
        assertThat(again.privateFields()).isFalse();
        assertThat(again.follows()).isEqualTo(new FollowCounts(1, 0, true));
        assertThat(unfollow.unfollow(new UnfollowUserCommand(bob, ada.requireId())).follows())
                .isEqualTo(new FollowCounts(0, 0, false));
        assertThat(unfollow.unfollow(new UnfollowUserCommand(bob, ada.requireId())).follows())
                .isEqualTo(FollowCounts.NONE);
    }

    @Test
    void nobody_follows_themself_anonymous_callers_follow_nobody_and_unknown_or_deactivated_users_are_not_found() {
        User gone = users.update(users.create(newUser("gone", T0)).changeActive(false, T0));

        assertThatThrownBy(() -> follow.follow(new FollowUserCommand(bob, bob.userId().orElseThrow())))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("cannot follow themself");
        assertThatThrownBy(() -> follow.follow(new FollowUserCommand(Actor.anonymous(), ada.requireId())))
                .isInstanceOf(AuthenticationRequiredException.class);
        assertThatThrownBy(() -> follow.follow(new FollowUserCommand(bob, new UserId(987_654))))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> follow.follow(new FollowUserCommand(bob, gone.requireId())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> followers.list(new ListFollowersQuery(bob, gone.requireId(), new PageRequest(0, 10))))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void the_lists_show_each_user_with_their_counts_and_whether_the_caller_follows_them() {
        follow.follow(new FollowUserCommand(bob, ada.requireId()));

        UserView listed = followers.list(new ListFollowersQuery(Actor.user(ada.requireId(), Role.USER),
                ada.requireId(), new PageRequest(0, 10))).items().get(0);

        assertThat(listed.user().requireId()).isEqualTo(bob.userId().orElseThrow());
        assertThat(listed.follows()).isEqualTo(new FollowCounts(0, 1, false));
        assertThat(following.list(new ListFollowingQuery(Actor.anonymous(), bob.userId().orElseThrow(),
                new PageRequest(0, 10))).items()).extracting(view -> view.user().requireId())
                .containsExactly(ada.requireId());
    }
}
