package dev.blog.application.post.port.in;

import dev.blog.domain.access.Actor;
import dev.blog.domain.post.PostFilter;
import dev.blog.domain.shared.PageRequest;

import java.util.Objects;

public record ListPostsQuery(Actor actor, PostFilter filter, PageRequest page) {

    public ListPostsQuery {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(page, "page");
    }
}
