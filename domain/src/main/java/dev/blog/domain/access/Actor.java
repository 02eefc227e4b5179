package dev.blog.domain.access;

import dev.blog.domain.user.Role;
import dev.blog.domain.user.UserId;

import java.util.Objects;
import java.util.Optional;

/**
 * Who is asking: an anonymous caller, or a user with the role the store gives them now. Use cases
 * receive it in their command or query, so that every access rule is decided on an explicit value.
 */
public final class Actor {

    private static final Actor ANONYMOUS = new Actor(null, null);

    private final UserId userId;
    private final Role role;

    private Actor(UserId userId, Role role) {
        this.userId = userId;
        this.role = role;
    }

    public static Actor anonymous() {
        return ANONYMOUS;
    }

    public static Actor user(UserId userId, Role role) {
        return new Actor(Objects.requireNonNull(userId, "userId"), Objects.requireNonNull(role, "role"));
    }

    public boolean isAnonymous() {
        return userId == null;
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    /** Whether this caller is the user {@code id}. */
    public boolean is(UserId id) {
        return userId != null && userId.equals(id);
    }

    public Optional<UserId> userId() {
        return Optional.ofNullable(userId);
    }

    /** @throws AuthenticationRequiredException for an anonymous caller */
    public UserId requireUserId() {
        if (userId == null) {
            throw new AuthenticationRequiredException();
        }
        return userId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Actor that && Objects.equals(userId, that.userId) && role == that.role;
    }

    @Override
    public int hashCode() {
        return Objects.hash(userId, role);
    }

    @Override
    public String toString() {
        return isAnonymous() ? "Actor[anonymous]" : "Actor[" + userId + ", " + role + "]";
    }
}
