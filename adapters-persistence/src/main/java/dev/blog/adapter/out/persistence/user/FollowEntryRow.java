package dev.blog.adapter.out.persistence.user;

import io.micronaut.core.annotation.Introspected;

import java.time.Instant;

/** A user in a list of followers or followings, and when the follow began. */
@Introspected
record FollowEntryRow(long userId, Instant since) {
}
