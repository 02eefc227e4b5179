package dev.blog.domain.comment;

import java.util.Objects;

/** A comment loaded to be changed, with what its post decides about it. */
public record CommentOnPost(Comment comment, CommentedPost post) {

    public CommentOnPost {
        Objects.requireNonNull(comment, "comment");
        Objects.requireNonNull(post, "post");
    }
}
