package dev.blog.domain.user;

/**
 * A user's follows as one viewer sees them.
 *
 * @param followedByMe whether the viewer follows the user (false for an anonymous viewer)
 */
public record FollowCounts(long followerCount, long followingCount, boolean followedByMe) {

    public static final FollowCounts NONE = new FollowCounts(0, 0, false);

    public FollowCounts {
        if (followerCount < 0 || followingCount < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
    }
}
