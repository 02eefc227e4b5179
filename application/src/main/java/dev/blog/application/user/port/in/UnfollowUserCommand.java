package dev.blog.application.user.port.in;

import dev.blog.domain.access.Actor;
import dev.blog.domain.user.UserId;

import java.util.Objects;

/** {@code actor} unfollows the user {@code id}. */
public record UnfollowUserCommand(Actor actor, UserId id) {

    public UnfollowUserCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(id, "id");
    }
}
