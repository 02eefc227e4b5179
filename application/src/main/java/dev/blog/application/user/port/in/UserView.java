package dev.blog.application.user.port.in;

import dev.blog.domain.user.FollowCounts;
import dev.blog.domain.user.User;

import java.util.Objects;

/**
 * A user as one caller may see them: {@code privateFields} says whether the e-mail address, active flag,
 * role and {@code updatedAt} are for this caller's eyes (the user themself and admins); {@code follows}
 * are the user's follow counts and whether this caller follows them.
 */
public record UserView(User user, boolean privateFields, FollowCounts follows) {

    public UserView {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(follows, "follows");
    }
}
