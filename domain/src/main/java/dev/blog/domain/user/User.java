package dev.blog.domain.user;

import dev.blog.domain.shared.VersionMismatchException;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The User aggregate. Immutable: every change returns a new User with {@code updatedAt} moved on, so a
 * half-applied change can never be observed; a change to the value a field already has returns the same
 * User, so a no-op request leaves {@code updatedAt} alone. {@code updatedAt} never moves backwards, even
 * when the clock does (an NTP step, say).
 *
 * <p>{@code tokenEpoch} counts how often the user's access tokens were revoked: a token carries the epoch
 * it was issued in and is honoured only while that is still the user's epoch. Logging out, a new password
 * and deactivation advance it.
 *
 * @param id       assigned by the database, so {@code null} until the user has been stored
 * @param fullName optional, {@code null} when not given
 * @param bio      optional, {@code null} when not given
 * @param imageUrl optional, {@code null} when not given
 * @param version  as loaded: the store counts every stored change, for optimistic concurrency (If-Match)
 */
public record User(UserId id, Username username, Email email, PasswordHash passwordHash, FullName fullName, Bio bio,
                   ImageUrl imageUrl, boolean active, Role role, long tokenEpoch, Instant createdAt, Instant updatedAt, long version) {

    public User {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (updatedAt.isBefore(createdAt)) {
            throw new IllegalArgumentException("updatedAt must not be before createdAt");
        }
        if (tokenEpoch < 0) {
            throw new IllegalArgumentException("tokenEpoch must not be negative");
        }
        if (version < 0) {
            throw new IllegalArgumentException("version must not be negative");
        }
    }

    /** A new, active user with the role {@code USER} that has not been stored yet. */
    public static User register(Username username, Email email, PasswordHash passwordHash, FullName fullName, Bio bio,
                                Instant now) {
        return new User(null, username, email, passwordHash, fullName, bio, null, true, Role.USER, 0, now, now, 0);
    }

    public User withId(UserId newId) {
        return new User(Objects.requireNonNull(newId, "id"), username, email, passwordHash, fullName, bio, imageUrl, active,
                role, tokenEpoch, createdAt, updatedAt, version);
    }

    public User rename(Username newUsername, Instant now) {
        return newUsername.equals(username) ? this
                : new User(id, newUsername, email, passwordHash, fullName, bio, imageUrl, active, role, tokenEpoch, createdAt,
                later(now), version);
    }

    public User changeEmail(Email newEmail, Instant now) {
        return newEmail.equals(email) ? this
                : new User(id, username, newEmail, passwordHash, fullName, bio, imageUrl, active, role, tokenEpoch, createdAt,
                later(now), version);
    }

    /** Revokes every token issued so far: whoever held one with the old password must log in again. */
    public User changePassword(PasswordHash newHash, Instant now) {
        return newHash.equals(passwordHash) ? this
                : new User(id, username, email, newHash, fullName, bio, imageUrl, active, role, tokenEpoch + 1, createdAt,
                later(now), version);
    }

    /** {@code null} clears the full name. */
    public User changeFullName(FullName newFullName, Instant now) {
        return Objects.equals(newFullName, fullName) ? this
                : new User(id, username, email, passwordHash, newFullName, bio, imageUrl, active, role, tokenEpoch, createdAt,
                later(now), version);
    }

    /** {@code null} clears the bio. */
    public User changeBio(Bio newBio, Instant now) {
        return Objects.equals(newBio, bio) ? this
                : new User(id, username, email, passwordHash, fullName, newBio, imageUrl, active, role, tokenEpoch, createdAt,
                later(now), version);
    }

    /** {@code null} clears the picture. */
    public User changeImageUrl(ImageUrl newImageUrl, Instant now) {
        return Objects.equals(newImageUrl, imageUrl) ? this
                : new User(id, username, email, passwordHash, fullName, bio, newImageUrl, active, role, tokenEpoch,
                createdAt, later(now), version);
    }

    /** Deactivation revokes every token of the user. */
    public User changeActive(boolean newActive, Instant now) {
        return newActive == active ? this
                : new User(id, username, email, passwordHash, fullName, bio, imageUrl, newActive, role,
                newActive ? tokenEpoch : tokenEpoch + 1, createdAt, later(now), version);
    }

    public User changeRole(Role newRole, Instant now) {
        return newRole == role ? this
                : new User(id, username, email, passwordHash, fullName, bio, imageUrl, active, newRole, tokenEpoch, createdAt,
                later(now), version);
    }

    /** Logging out: every token issued so far stops working. Not a change of the profile, so {@code updatedAt} stays. */
    public User revokeTokens() {
        return new User(id, username, email, passwordHash, fullName, bio, imageUrl, active, role, tokenEpoch + 1, createdAt,
                updatedAt, version);
    }

    /** Whether a token issued in {@code epoch} still stands for this user. */
    public boolean honoursTokensOf(long epoch) {
        return active && epoch == tokenEpoch;
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
        return "User[id=" + id + ", username=" + username + ", active=" + active + ", role=" + role + "]";
    }

    /** As the store has it after storing a change: only stores call this. */
    public User withVersion(long storedVersion) {
        return new User(id, username, email, passwordHash, fullName, bio, imageUrl, active, role, tokenEpoch, createdAt,
                updatedAt, storedVersion);
    }

    /**
     * For a change that names the version it was made on (If-Match): refuses it when the user has changed
     * since.
     *
     * @throws VersionMismatchException when {@code expected} is present and not this user's version
     */
    public void requireVersion(Optional<Long> expected) {
        VersionMismatchException.check(expected, version);
    }
}
