package dev.blog.application.comment.port.in;

import dev.blog.domain.access.Actor;
import dev.blog.domain.comment.CommentBody;
import dev.blog.domain.comment.CommentId;

import java.util.Objects;
import java.util.Optional;

/**
 * A merge patch of a comment: an empty {@code body} leaves it unchanged.
 * {@code ifMatch}: the version the caller's change was made on (If-Match), empty to change whatever is current.
 */
public record UpdateCommentCommand(Actor actor, CommentId id, Optional<CommentBody> body, Optional<Long> ifMatch) {

    public UpdateCommentCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(ifMatch, "ifMatch");
    }
}
