package dev.blog.application.post.port.in;

import dev.blog.domain.access.Actor;
import dev.blog.domain.post.PostId;

import java.util.Objects;

/** A view of a post by {@code actor}, who must be able to see it. */
public record RecordViewCommand(Actor actor, PostId id) {

    public RecordViewCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(id, "id");
    }
}
