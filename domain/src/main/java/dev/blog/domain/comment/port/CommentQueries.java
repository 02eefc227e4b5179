package dev.blog.domain.comment.port;

import dev.blog.domain.comment.CommentDetails;
import dev.blog.domain.comment.CommentId;
import dev.blog.domain.post.PostId;
import dev.blog.domain.post.PostVisibility;
import dev.blog.domain.shared.Page;
import dev.blog.domain.shared.PageRequest;

import java.util.Optional;

/**
 * Comments as readers see them, each with its author. What a caller may not see of the posts hides their
 * comments too. A page costs a fixed number of statements, however many comments it holds or the post has.
 */
public interface CommentQueries {

    /** @return empty when there is no such comment or {@code visibility} hides its post */
    Optional<CommentDetails> findById(CommentId id, PostVisibility visibility);

    /**
     * The comments of one post, oldest first: {@code createdAt} ascending, then id ascending, so a
     * conversation reads in order and paging is stable.
     *
     * @return empty when there is no such post or {@code visibility} hides it
     */
    Optional<Page<CommentDetails>> findPage(PostId post, PostVisibility visibility, PageRequest page);
}
