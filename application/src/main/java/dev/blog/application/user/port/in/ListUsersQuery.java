package dev.blog.application.user.port.in;

import dev.blog.domain.access.Actor;
import dev.blog.domain.shared.PageRequest;

import java.util.Objects;
import java.util.Optional;

/** {@code active} narrows the list to (de)activated users; only admins may ask for it. */
public record ListUsersQuery(Actor actor, Optional<Boolean> active, PageRequest page) {

    public ListUsersQuery {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(active, "active");
        Objects.requireNonNull(page, "page");
    }
}
