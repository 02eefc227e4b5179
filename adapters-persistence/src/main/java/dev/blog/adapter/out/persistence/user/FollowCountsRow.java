package dev.blog.adapter.out.persistence.user;

import io.micronaut.core.annotation.Introspected;

/** One user's follow counts, and whether the viewer follows them, as the follows queries project them. */
@Introspected
record FollowCountsRow(long userId, long followerCount, long followingCount, boolean followedByMe) {
}
