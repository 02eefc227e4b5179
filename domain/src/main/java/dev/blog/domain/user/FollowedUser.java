package dev.blog.domain.user;

import java.time.Instant;
import java.util.Objects;

/** A user in a list of followers or followings, with when the follow began: such lists are newest follow first. */
public record FollowedUser(User user, Instant since) {

    public FollowedUser {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(since, "since");
    }
}
