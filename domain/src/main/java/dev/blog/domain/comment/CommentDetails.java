package dev.blog.domain.comment;

import dev.blog.domain.post.AuthorSummary;
import dev.blog.domain.post.PostId;

import java.time.Instant;
import java.util.Objects;

/**
 * A comment as readers see it: with its author. The read side of comments, built by
 * {@link dev.blog.domain.comment.port.CommentQueries}, never written back.
 *
 * @param version the comment's version, its ETag
 */
public record CommentDetails(CommentId id, PostId postId, CommentBody body, AuthorSummary author, Instant createdAt,
                             Instant updatedAt, long version) {

    public CommentDetails {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(postId, "postId");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
