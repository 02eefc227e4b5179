package dev.blog.domain.comment;

import dev.blog.domain.post.PostId;
import dev.blog.domain.shared.VersionMismatchException;
import dev.blog.domain.user.UserId;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The Comment aggregate: a reader's words on one post. Immutable like Post; a change that changes nothing
 * returns the same instance, so that a no-op request leaves {@code updatedAt} alone and need not be written.
 *
 * @param id      assigned by the database, so {@code null} until the comment has been stored
 * @param version as loaded: the store counts every stored change, for optimistic concurrency (If-Match)
 */
public record Comment(CommentId id, PostId postId, UserId authorId, CommentBody body, Instant createdAt,
                      Instant updatedAt, long version) {

    public Comment {
        Objects.requireNonNull(postId, "postId");
        Objects.requireNonNull(authorId, "authorId");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (updatedAt.isBefore(createdAt)) {
            throw new IllegalArgumentException("updatedAt must not be before createdAt");
        }
    }

    /** A new comment, not stored yet. */
    public static Comment create(PostId postId, UserId authorId, CommentBody body, Instant now) {
        return new Comment(null, postId, authorId, body, now, now, 0);
    }

    public Comment withId(CommentId newId) {
        return new Comment(Objects.requireNonNull(newId, "id"), postId, authorId, body, createdAt, updatedAt, version);
    }

    public Comment rewrite(CommentBody newBody, Instant now) {
        // updatedAt never moves backwards, even when the clock does (an NTP step, say).
        return newBody.equals(body) ? this
                : new Comment(id, postId, authorId, newBody, createdAt, now.isBefore(updatedAt) ? updatedAt : now,
                version);
    }

    /** As the store has it after storing a change: only stores call this. */
    public Comment withVersion(long storedVersion) {
        return new Comment(id, postId, authorId, body, createdAt, updatedAt, storedVersion);
    }

    /**
     * For a change that names the version it was made on (If-Match).
     *
     * @throws VersionMismatchException when {@code expected} is present and not this comment's version
     */
    public void requireVersion(Optional<Long> expected) {
        VersionMismatchException.check(expected, version);
    }

    public CommentId requireId() {
        if (id == null) {
            throw new IllegalStateException("comment has not been stored yet");
        }
        return id;
    }
}
