package dev.blog.application.user.service;

import dev.blog.application.user.port.in.UserView;
import dev.blog.domain.access.Actor;
import dev.blog.domain.shared.Page;
import dev.blog.domain.user.FollowCounts;
import dev.blog.domain.user.User;
import dev.blog.domain.user.UserId;
import dev.blog.domain.user.port.UserFollows;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Users as a caller sees them, with their follow counts: one question to the follows store for a user or
 * for a whole page of them. Callers run it inside their transaction.
 */
final class UserViews {

    private UserViews() {
    }

    static UserView of(UserFollows follows, User user, Actor viewer, boolean privateFields) {
        FollowCounts counts = follows.countsOf(List.of(user.requireId()), viewer.userId())
                .getOrDefault(user.requireId(), FollowCounts.NONE);
        return new UserView(user, privateFields, counts);
    }

    static Page<UserView> of(UserFollows follows, Page<User> page, Actor viewer, Predicate<User> privateFields) {
        Map<UserId, FollowCounts> counts = follows.countsOf(page.items().stream().map(User::requireId).toList(),
                viewer.userId());
        return page.map(user -> new UserView(user, privateFields.test(user),
                counts.getOrDefault(user.requireId(), FollowCounts.NONE)));
    }
}
