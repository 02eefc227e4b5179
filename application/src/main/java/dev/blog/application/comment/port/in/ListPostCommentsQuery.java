package dev.blog.application.comment.port.in;

import dev.blog.domain.access.Actor;
import dev.blog.domain.post.PostId;
import dev.blog.domain.shared.PageRequest;

import java.util.Objects;

public record ListPostCommentsQuery(Actor actor, PostId postId, PageRequest page) {

    public ListPostCommentsQuery {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(postId, "postId");
        Objects.requireNonNull(page, "page");
    }
}
