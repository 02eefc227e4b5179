package dev.blog.domain.user;

import dev.blog.domain.shared.InvalidValueException;

import java.util.Objects;

/** One user following another; nobody follows themself. */
public record Follow(UserId follower, UserId followee) {

    public Follow {
        Objects.requireNonNull(follower, "follower");
        Objects.requireNonNull(followee, "followee");
        if (follower.equals(followee)) {
            throw new InvalidValueException("id", "a user cannot follow themself");
        }
    }
}
