package dev.blog.domain.comment.port;

import dev.blog.domain.comment.Comment;
import dev.blog.domain.comment.CommentId;
import dev.blog.domain.comment.CommentOnPost;
import dev.blog.domain.post.PostVisibility;

import java.util.Optional;

/**
 * Where comments live. A comment goes with its post and with its author. Reading comments for display is
 * {@link CommentQueries}' job.
 */
public interface CommentRepository {

    /**
     * Stores a comment that has no id yet, on a post the caller may see, and returns it with the id the
     * store assigned. The post cannot be deleted until the surrounding transaction ends.
     *
     * @return empty when there is no such post or {@code visibility} hides it
     * @throws dev.blog.domain.shared.NotFoundException when its author does not exist
     */
    Optional<Comment> create(Comment comment, PostVisibility visibility);

    /** Replaces the body and {@code updatedAt} of a stored comment and counts a new version. */
    Comment update(Comment comment);

    /**
     * Loads a comment in order to change or delete it, with what its post decides about it: until the
     * surrounding transaction ends, other changes of the same comment wait.
     */
    Optional<CommentOnPost> findForUpdate(CommentId id);

    /** @return whether there was such a comment */
    boolean deleteById(CommentId id);
}
