package dev.blog.domain.post;

/**
 * A post's likes as one user sees them after liking or unliking it.
 *
 * @param likedByMe whether that user likes the post now
 */
public record LikeState(long likeCount, boolean likedByMe) {

    public LikeState {
        if (likeCount < 0) {
            throw new IllegalArgumentException("likeCount must not be negative: " + likeCount);
        }
    }
}
