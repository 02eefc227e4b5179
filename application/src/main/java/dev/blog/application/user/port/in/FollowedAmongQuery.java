package dev.blog.application.user.port.in;

import dev.blog.domain.access.Actor;
import dev.blog.domain.user.UserId;

import java.util.Objects;
import java.util.Set;

/** Which of {@code users} the caller {@code actor} follows. */
public record FollowedAmongQuery(Actor actor, Set<UserId> users) {

    public FollowedAmongQuery {
        Objects.requireNonNull(actor, "actor");
        users = Set.copyOf(Objects.requireNonNull(users, "users"));
    }
}
