package dev.blog.application.post.port.in;

import dev.blog.domain.access.Actor;
import dev.blog.domain.post.PostId;

import java.util.Objects;
import java.util.Optional;

/**
 * Deleting a post: its author or an admin.
 *
 * @param ifMatch the version the caller saw (If-Match), empty to delete whatever is current
 */
public record DeletePostCommand(Actor actor, PostId id, Optional<Long> ifMatch) {

    public DeletePostCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ifMatch, "ifMatch");
    }
}
