package dev.blog.application.user.port.in;

import java.util.Optional;
import dev.blog.domain.access.Actor;
import dev.blog.domain.user.UserId;

import java.util.Objects;

/** @param ifMatch the version the caller saw (If-Match), empty to delete whatever is current */
public record DeleteUserCommand(Actor actor, UserId id, Optional<Long> ifMatch) {

    public DeleteUserCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ifMatch, "ifMatch");
    }
}
