package dev.blog.application.post.port.in;

import dev.blog.domain.access.Actor;
import dev.blog.domain.post.PostId;

import java.util.Objects;

/** A post as {@code actor} may see it. */
public record GetPostQuery(Actor actor, PostId id) {

    public GetPostQuery {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(id, "id");
    }
}
