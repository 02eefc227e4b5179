package dev.blog.application.post.port.in;

import dev.blog.domain.access.Actor;
import dev.blog.domain.post.PostId;

import java.util.Objects;

/** {@code actor} takes back their like of a post they can see. */
public record UnlikePostCommand(Actor actor, PostId id) {

    public UnlikePostCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(id, "id");
    }
}
