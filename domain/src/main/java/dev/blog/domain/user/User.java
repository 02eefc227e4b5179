package dev.blog.domain.user;

import java.time.Instant;
import java.util.Objects;

/**
 * The User aggregate. Immutable: every change returns a new User with {@code updatedAt} moved on, so a
 * half-applied change can never be observed; a change to the value a field already has returns the same
 * User, so a no-op request leaves {@code updatedAt} alone. {@code updatedAt} never moves backwards, even
 * when the clock does (an NTP step, say).
 *
 * @param id       assigned by the database, so {@code null} until the user has been stored
 * @param fullName optional, {@code null} when not given
 * @param bio      optional, {@code null} when not given
 */
public record User(UserId id, Username username, Email email, PasswordHash passwordHash, FullName fullName, Bio bio,
                   boolean active, Instant createdAt, Instant updatedAt) {

    public User {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (updatedAt.isBefore(createdAt)) {
            throw new IllegalArgumentException("updatedAt must not be before createdAt");
        }
    }

    /** A new, active user that has not been stored yet. */
    public static User register(Username username, Email email, PasswordHash passwordHash, FullName fullName, Bio bio,
                                Instant now) {
        return new User(null, username, email, passwordHash, fullName, bio, true, now, now);
    }

    public User withId(UserId newId) {
        return new User(Objects.requireNonNull(newId, "id"), username, email, passwordHash, fullName, bio, active,
                createdAt, updatedAt);
    }

    public User rename(Username newUsername, Instant now) {
        return newUsername.equals(username) ? this
                : new User(id, newUsername, email, passwordHash, fullName, bio, active, createdAt, later(now));
    }

    public User changeEmail(Email newEmail, Instant now) {
        return newEmail.equals(email) ? this
                : new User(id, username, newEmail, passwordHash, fullName, bio, active, createdAt, later(now));
    }

    public User changePassword(PasswordHash newHash, Instant now) {
        return newHash.equals(passwordHash) ? this
                : new User(id, username, email, newHash, fullName, bio, active, createdAt, later(now));
    }

    /** {@code null} clears the full name. */
    public User changeFullName(FullName newFullName, Instant now) {
        return Objects.equals(newFullName, fullName) ? this
                : new User(id, username, email, passwordHash, newFullName, bio, active, createdAt, later(now));
    }

    /** {@code null} clears the bio. */
    public User changeBio(Bio newBio, Instant now) {
        return Objects.equals(newBio, bio) ? this
                : new User(id, username, email, passwordHash, fullName, newBio, active, createdAt, later(now));
    }

    public User changeActive(boolean newActive, Instant now) {
        return newActive == active ? this
                : new User(id, username, email, passwordHash, fullName, bio, newActive, createdAt, later(now));
    }

    private Instant later(Instant now) {
        return now.isBefore(updatedAt) ? updatedAt : now;
    }

    public boolean isStored() {
        return id != null;
    }

    public UserId requireId() {
        if (id == null) {
            throw new IllegalStateException("user has not been stored yet");
        }
        return id;
    }

    /** Leaves out the password hash, so that printing a user can never leak it. */
    @Override
    public String toString() {
        return "User[id=" + id + ", username=" + username + ", active=" + active + "]";
    }
}
