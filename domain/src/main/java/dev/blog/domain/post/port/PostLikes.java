package dev.blog.domain.post.port;

import dev.blog.domain.post.LikeState;
import dev.blog.domain.post.PostId;
import dev.blog.domain.post.PostVisibility;
import dev.blog.domain.user.UserId;

import java.util.Optional;

/**
 * Who likes which post. A user likes a post at most once: liking again, or unliking a post one does not
 * like, changes nothing. Like counts stay exact when many users like one post at the same moment.
 */
public interface PostLikes {

    /**
     * @return the post's likes afterwards, empty when there is no such post or {@code visibility} hides it
     */
    Optional<LikeState> like(PostId post, UserId user, PostVisibility visibility);

    /** As {@link #like}, taking the like back. */
    Optional<LikeState> unlike(PostId post, UserId user, PostVisibility visibility);
}
