package dev.blog.application.comment.port.in;

import dev.blog.domain.access.Actor;
import dev.blog.domain.comment.CommentId;

import java.util.Objects;
import java.util.Optional;

/** {@code ifMatch}: the version the caller saw (If-Match), empty to delete whatever is current. */
public record DeleteCommentCommand(Actor actor, CommentId id, Optional<Long> ifMatch) {

    public DeleteCommentCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ifMatch, "ifMatch");
    }
}
