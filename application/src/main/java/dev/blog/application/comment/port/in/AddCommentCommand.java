package dev.blog.application.comment.port.in;

import dev.blog.domain.access.Actor;
import dev.blog.domain.comment.CommentBody;
import dev.blog.domain.post.PostId;

import java.util.Objects;

/** {@code actor} comments on a post they can see; anonymous callers cannot comment. */
public record AddCommentCommand(Actor actor, PostId postId, CommentBody body) {

    public AddCommentCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(postId, "postId");
        Objects.requireNonNull(body, "body");
    }
}
