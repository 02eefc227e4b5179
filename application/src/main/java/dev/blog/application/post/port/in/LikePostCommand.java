package dev.blog.application.post.port.in;

import dev.blog.domain.access.Actor;
import dev.blog.domain.post.PostId;

import java.util.Objects;

/** {@code actor} likes a post they can see; anonymous callers cannot like. */
public record LikePostCommand(Actor actor, PostId id) {

    public LikePostCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(id, "id");
    }
}
