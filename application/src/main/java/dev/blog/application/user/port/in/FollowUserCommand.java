package dev.blog.application.user.port.in;

import dev.blog.domain.access.Actor;
import dev.blog.domain.user.UserId;

import java.util.Objects;

/** {@code actor} follows the user {@code id}. */
public record FollowUserCommand(Actor actor, UserId id) {

    public FollowUserCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(id, "id");
    }
}
