package dev.blog.application.user.port.in;

import dev.blog.domain.access.Actor;
import dev.blog.domain.shared.PageRequest;
import dev.blog.domain.user.UserId;

import java.util.Objects;

/** A page of the following of user {@code id}, as {@code actor} may see them. */
public record ListFollowingQuery(Actor actor, UserId id, PageRequest page) {

    public ListFollowingQuery {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(page, "page");
    }
}
