package dev.blog.application.user.port.in;

import dev.blog.domain.access.Actor;
import dev.blog.domain.user.Username;

import java.util.Objects;

/** A user, named by their username (in any case), as {@code actor} may see them. */
public record GetUserByUsernameQuery(Actor actor, Username username) {

    public GetUserByUsernameQuery {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(username, "username");
    }
}
