package dev.blog.application.user.service;

import dev.blog.application.shared.CountingTransactions;
import dev.blog.application.user.port.in.UserView;
import dev.blog.domain.access.Actor;
import dev.blog.domain.access.AuthenticationRequiredException;
import dev.blog.domain.user.FollowCounts;
import dev.blog.domain.user.Role;
import dev.blog.domain.user.User;
import dev.blog.testsupport.user.InMemoryUserFollows;
import dev.blog.testsupport.user.InMemoryUserRepository;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static dev.blog.testsupport.user.Users.newUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GetCurrentUserServiceTest {

    private final InMemoryUserRepository users = new InMemoryUserRepository();
    private final InMemoryUserFollows follows = new InMemoryUserFollows(users);
    private final GetCurrentUserService service = new GetCurrentUserService(users, follows, new CountingTransactions());

    @Test
    void the_caller_sees_themself_with_private_fields() {
        User ada = users.create(newUser("ada", Instant.parse("2026-11-20T10:15:30.123Z")));

        assertThat(service.get(Actor.user(ada.requireId(), Role.USER))).isEqualTo(new UserView(ada, true, FollowCounts.NONE));
    }

    @Test
    void an_anonymous_caller_is_nobody() {
        assertThatThrownBy(() -> service.get(Actor.anonymous())).isInstanceOf(AuthenticationRequiredException.class);
    }
}
