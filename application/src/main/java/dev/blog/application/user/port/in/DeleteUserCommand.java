package dev.blog.application.user.port.in;

import dev.blog.domain.access.Actor;
import dev.blog.domain.user.UserId;

import java.util.Objects;

public record DeleteUserCommand(Actor actor, UserId id) {

    public DeleteUserCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(id, "id");
    }
}
