package dev.blog.application.post.port.in;

import dev.blog.domain.access.Actor;
import dev.blog.domain.shared.PageRequest;
import dev.blog.domain.user.UserId;

import java.util.Objects;

public record ListUserPostsQuery(Actor actor, UserId authorId, PageRequest page) {

    public ListUserPostsQuery {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(authorId, "authorId");
        Objects.requireNonNull(page, "page");
    }
}
