package dev.blog.application.post.port.in;

import dev.blog.domain.access.Actor;
import dev.blog.domain.shared.PageRequest;

import java.util.Objects;

/** A page of the feed of {@code actor}, who must be a user. */
public record GetFeedQuery(Actor actor, PageRequest page) {

    public GetFeedQuery {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(page, "page");
    }
}
