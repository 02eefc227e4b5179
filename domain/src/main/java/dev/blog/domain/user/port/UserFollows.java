package dev.blog.domain.user.port;

import dev.blog.domain.shared.Page;
import dev.blog.domain.shared.PageRequest;
import dev.blog.domain.user.Follow;
import dev.blog.domain.user.FollowCounts;
import dev.blog.domain.user.FollowedUser;
import dev.blog.domain.user.UserId;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Who follows whom. Following twice is one follow; unfollowing a user one does not follow changes nothing.
 * Counts stay exact when many follow or unfollow one user at the same moment, and go with a deleted user.
 */
public interface UserFollows {

    void follow(Follow follow, Instant at);

    void unfollow(Follow follow);

    /** The follow counts of each of {@code users} as {@code viewer} sees them: one question for a whole page. */
    Map<UserId, FollowCounts> countsOf(Collection<UserId> users, Optional<UserId> viewer);

    /**
     * Newest follow first. Deactivated users are left out unless {@code withInactive} (for admins).
     * Keyset pages continue after a {@link dev.blog.domain.shared.Position.AfterTime} of (since, user id).
     */
    Page<FollowedUser> findFollowers(UserId user, boolean withInactive, PageRequest page);

    /** As {@link #findFollowers}, the users {@code user} follows. */
    Page<FollowedUser> findFollowing(UserId user, boolean withInactive, PageRequest page);
}
