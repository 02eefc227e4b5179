package dev.blog.domain.user;

import java.util.Optional;

/** Which users a listing includes; an empty {@code active} means active and inactive alike. */
public record UserFilter(Optional<Boolean> active) {

    public UserFilter {
        active = active == null ? Optional.empty() : active;
    }

    public static UserFilter all() {
        return new UserFilter(Optional.empty());
    }
}
