package dev.blog.application.post.port.in;

import dev.blog.domain.access.Actor;
import dev.blog.domain.post.PostId;

import java.util.Objects;

/** Deleting a post: its author or an admin. */
public record DeletePostCommand(Actor actor, PostId id) {

    public DeletePostCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(id, "id");
    }
}
