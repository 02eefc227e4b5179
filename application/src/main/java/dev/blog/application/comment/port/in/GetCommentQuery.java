package dev.blog.application.comment.port.in;

import dev.blog.domain.access.Actor;
import dev.blog.domain.comment.CommentId;

import java.util.Objects;

public record GetCommentQuery(Actor actor, CommentId id) {

    public GetCommentQuery {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(id, "id");
    }
}
